package kz.civicrelay.console.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.platform.audit.EventLine;

/**
 * An event's own fields for people, as {@link EventLine#details} writes them ({@code name=value}, texts as
 * «kk / ru / en»), and with the records an event nests written the same way: {@code vote={present=40 inFavour=31
 * against=4 abstained=5}}, a {@code ResolutionAdopted}'s recommendations each as {@code {recommendationId=rec-1 …
 * text=«…»}}. Avro's own rendering of a nested record is JSON with dashes and typographic quotation marks
 * written as Unicode escape sequences; this keeps them, and Kazakh letters, as written. Map entries by key, so a
 * restarted console shows the same line.
 */
final class EventDetails {

    private EventDetails() {
    }

    /** The event's fields but its envelope; null values left out. */
    static String of(IndexedRecord event) {
        return fields(event, " ", true);
    }

    private static String fields(IndexedRecord record, String separator, boolean skipEnvelope) {
        List<String> fields = new ArrayList<>();
        for (Schema.Field field : record.getSchema().getFields()) {
            Object value = record.get(field.pos());
            if (value != null && !(skipEnvelope && "envelope".equals(field.name()))) {
                fields.add(field.name() + "=" + render(value));
            }
        }
        return String.join(separator, fields);
    }

    private static String render(Object value) {
        if (value instanceof LocalizedText text) {
            return "«" + text.getKk() + " / " + text.getRu() + " / " + text.getEn() + "»";
        }
        if (value instanceof IndexedRecord record) {
            return "{" + fields(record, " ", false) + "}";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(EventDetails::render).toList().toString();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + "=" + render(e.getValue())).sorted()
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(value);
    }
}
