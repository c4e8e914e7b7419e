package kz.civicrelay.platform.audit;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
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

    private static final int LONGEST_LIST = 8;

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
            // A checkpoint's thousands of leaf hashes are not for a line: the first few, then how many.
            List<String> shown = list.stream().limit(LONGEST_LIST).map(EventLine::render).toList();
            return list.size() <= LONGEST_LIST ? shown.toString()
                    : shown.toString().replaceFirst("]$", ", … " + list.size() + " in all]");
        }
        if (value instanceof ByteBuffer bytes) {
            ByteBuffer copy = bytes.duplicate();
            byte[] raw = new byte[copy.remaining()];
            copy.get(raw);
            return HexFormat.of().formatHex(raw);
        }
        return String.valueOf(value);
    }
}
