package kz.civicrelay.console.stream;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.support.KafkaHeaders;

import kz.civicrelay.console.board.EventEntry;
import kz.civicrelay.console.board.PersonalData;
import kz.civicrelay.console.history.EventSource;
import kz.civicrelay.platform.audit.LenientEventDeserializer;
import kz.civicrelay.platform.errors.DeadLetterConfiguration;

/**
 * A record of the relay topics as the console shows it, the same whether it is followed live or read back for a
 * page of history: an event's entry; a dead letter's entry with its reason, consumer group and original topic, its
 * personal data withheld as the event's would be. Null for a record of a relay topic that cannot be decoded.
 */
final class RecordEntries {

    /** The W3C trace context header (https://www.w3.org/TR/trace-context/). */
    static final String TRACEPARENT = "traceparent";

    private final LenientEventDeserializer events = new LenientEventDeserializer();

    static boolean isDeadLetter(ConsumerRecord<String, byte[]> record) {
        return record.topic().endsWith(".DLT");
    }

    EventSource.@Nullable Read read(ConsumerRecord<String, byte[]> record) {
        if (isDeadLetter(record)) {
            String originalTopic = header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
            SpecificRecord event = record.value() == null ? null
                    : events.deserialize(originalTopic == null ? record.topic() : originalTopic, record.value());
            return new EventSource.Read(EventEntry.deadLetter(record.topic(), record.partition(), record.offset(),
                    Instant.ofEpochMilli(record.timestamp()).toString(), record.key(),
                    header(record, DeadLetterConfiguration.REASON_HEADER),
                    header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP), originalTopic,
                    event == null ? null : PersonalData.of(event)), event);
        }
        SpecificRecord event = record.value() == null ? null : events.deserialize(record.topic(), record.value());
        return event == null ? null
                : new EventSource.Read(EventEntry.of(record.topic(), record.partition(), record.offset(), event), event,
                        traceId(header(record, TRACEPARENT)));
    }

    /**
     * The trace id of a W3C {@code traceparent} ({@code version-traceid-spanid-flags}, the header the services'
     * producers write); null for none, a malformed one, or the all-zero id the standard calls invalid.
     */
    static @Nullable String traceId(@Nullable String traceparent) {
        if (traceparent == null) {
            return null;
        }
        String[] parts = traceparent.strip().split("-");
        if (parts.length < 4 || !parts[1].matches("[0-9a-f]{32}") || parts[1].chars().allMatch(c -> c == '0')) {
            return null;
        }
        return parts[1];
    }

    private static @Nullable String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
