package kz.civicrelay.platform.audit;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.platform.envelope.Envelopes;

/**
 * One event as one line for people: when, which topic, what, about which forum, who, and its
 * fields; texts in Kazakh / Russian / English.
 */
public final class EventLine {

    private EventLine() {
    }

    public static String of(String topic, SpecificRecord event) {
        Envelope envelope = Envelopes.of(event);
        String actor = envelope.getActor().getKind() + ":" + envelope.getActor().getId();
        return String.format("%s %-20s %-26s forum=%s by=%s %s", envelope.getOccurredAt(), topic,
                event.getSchema().getName(), envelope.getForumId() == null ? "-" : envelope.getForumId(), actor,
                details(event));
    }

    /** The event's own fields (all but the envelope), as {@code name=value}; texts as «kk / ru / en». */
    public static String details(SpecificRecord event) {
        List<String> fields = new ArrayList<>();
        for (Schema.Field field : event.getSchema().getFields()) {
            if (!"envelope".equals(field.name())) {
                Object value = event.get(field.pos());
                if (value != null) {
                    fields.add(field.name() + "=" + render(value));
                }
            }
        }
        return String.join(" ", fields);
    }

    private static String render(Object value) {
        if (value instanceof LocalizedText text) {
            return "«" + text.getKk() + " / " + text.getRu() + " / " + text.getEn() + "»";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(EventLine::render).toList().toString();
        }
        return String.valueOf(value);
    }
}
