package kz.civicrelay.forumctl.tail;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.civicrelay.platform.audit.EventSentence;
import kz.civicrelay.reference.Trilingual;

/**
 * One event as one JSON object on one line, for scripts ({@code tail --json}): where it lies
 * ({@code topic, partition, offset}, {@code timestamp} of the record), {@code type}, the envelope's fields
 * ({@code eventId, occurredAt, seriesId, forumId, causationId, correlationId, actor{kind, id, displayName, region},
 * producer}), the event's own fields under {@code fields}, so that no field of an event can shadow these, and the event
 * as a {@code sentence} {@code {kk, ru, en}} ({@link EventSentence}). Times as
 * ISO-8601, enums by name, texts as {@code {kk, ru, en}}, Kazakh letters as they are (UTF-8, not escaped).
 */
public final class EventJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventJson() {
    }

    /** The event's object; {@code event} null (undecodable) gives its place and {@code "undecodable": true}. */
    public static String line(String topic, int partition, long offset, long timestamp,
            @Nullable SpecificRecord event) {
        ObjectNode line = NODES.objectNode().put("topic", topic).put("partition", partition).put("offset", offset)
                .put("timestamp", Instant.ofEpochMilli(timestamp).toString());
        if (event == null) {
            line.put("undecodable", true);
        } else {
            line.put("type", event.getSchema().getName());
            ObjectNode fields = NODES.objectNode();
            for (Schema.Field field : event.getSchema().getFields()) {
                if ("envelope".equals(field.name())) {
                    line.setAll((ObjectNode) value(event.get(field.pos())));
                } else {
                    fields.set(field.name(), value(event.get(field.pos())));
                }
            }
            line.set("fields", fields);
            Trilingual sentence = EventSentence.of(event);
            line.set("sentence", NODES.objectNode().put("kk", sentence.kk()).put("ru", sentence.ru())
                    .put("en", sentence.en()));
        }
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + topic + " offset " + offset + " as JSON", e);
        }
    }

    /** An Avro value as JSON: records by their fields, lists and maps as they are, the rest by its text. */
    static JsonNode value(@Nullable Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof IndexedRecord record) {
            ObjectNode object = NODES.objectNode();
            for (Schema.Field field : record.getSchema().getFields()) {
                object.set(field.name(), value(record.get(field.pos())));
            }
            return object;
        }
        if (value instanceof Collection<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(value(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((key, item) -> object.set(String.valueOf(key), value(item)));
            return object;
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Integer || value instanceof Long) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Float || value instanceof Double) {
            return NODES.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof ByteBuffer bytes) {
            byte[] copy = new byte[bytes.remaining()];
            bytes.duplicate().get(copy);
            return NODES.textNode(Base64.getEncoder().encodeToString(copy));
        }
        return NODES.textNode(value.toString());
    }
}
