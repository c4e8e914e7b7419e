package kz.civicrelay.platform.audit;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.platform.envelope.Envelopes;

/**
 * One event as one line for people: when, which topic, what, about which forum, who, and its
 * fields; texts in Kazakh / Russian / English.
 */
public final class EventLine {

    private static final int LONGEST_LIST = 24;

    private EventLine() {
    }

    public static String of(String topic, SpecificRecord event) {
        Envelope envelope = Envelopes.of(event);
        String actor = envelope.getActor().getKind() + ":" + envelope.getActor().getId();
        return String.format("%s %-20s %-26s forum=%s by=%s %s", envelope.getOccurredAt(), topic,
                event.getSchema().getName(), envelope.getForumId() == null ? "-" : envelope.getForumId(), actor,
                details(event));
    }

    /**
     * The event's own fields (all but the envelope), as {@code name=value}; texts as «kk / ru / en», nested records as
     * {@code {name=value …}}, maps as {@code {key=value, …}} (sorted), bytes as hex, and a list of more than
     * {@value #LONGEST_LIST} items (a checkpoint's leaf hashes) as its first ones and how many in all.
     */
    public static String details(IndexedRecord event) {
        return fields(event, true);
    }

    private static String fields(IndexedRecord record, boolean skipEnvelope) {
        List<String> fields = new ArrayList<>();
        for (Schema.Field field : record.getSchema().getFields()) {
            Object value = record.get(field.pos());
            if (value != null && !(skipEnvelope && "envelope".equals(field.name()))) {
                fields.add(field.name() + "=" + render(value));
            }
        }
        return String.join(" ", fields);
    }

    private static String render(Object value) {
        if (value instanceof LocalizedText text) {
            return "«" + text.getKk() + " / " + text.getRu() + " / " + text.getEn() + "»";
        }
        if (value instanceof IndexedRecord record) {
            return "{" + fields(record, false) + "}";
        }
        if (value instanceof List<?> list) {
            List<String> shown = list.stream().limit(LONGEST_LIST).map(EventLine::render).toList();
            return list.size() <= LONGEST_LIST ? shown.toString()
                    : shown.toString().replaceFirst("]$", ", … " + list.size() + " in all]");
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + "=" + render(e.getValue())).sorted()
                    .collect(Collectors.joining(", ", "{", "}"));
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
