package kz.civicrelay.forumctl.audit;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.schemas.serde.AvroEventDeserializer;
import kz.civicrelay.schemas.serde.EnvelopePeek;

/**
 * Reads every relay topic and dead-letter topic the client may read, from the beginning to their end at the moment
 * of the call (committed records only), as raw bytes: each is decoded here with the project's deserializer (any kept
 * schema version, by fingerprint), and one that does not decode is kept as a {@link DeadLetter} with the reason.
 */
public final class LogReader {

    /** The header a dead-letter record carries its reason in ({@code DeadLetterConfiguration.REASON_HEADER}). */
    static final String REASON_HEADER = "relay-dlt-reason";

    private final Map<String, Object> config;

    /** @param clientConfig the auditor's client settings, with the bootstrap servers */
    public LogReader(Map<String, Object> clientConfig) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.config = EventLogReplay.readerConfig(config);
    }

    public AuditLog read(PrintStream err, Progress progress) {
        return read(err, progress, null);
    }

    /**
     * Reads the log, keeping the events of {@code seriesId} only (null: every series): the others are read and
     * counted, known by their envelope's start ({@link EnvelopePeek}) and not decoded, so a replay of a long log for
     * one series needs memory and decoding for that series only. Dead letters of every series are kept.
     */
    public AuditLog read(PrintStream err, Progress progress, @Nullable String seriesId) {
        List<LoggedEvent> events = new ArrayList<>();
        List<DeadLetter> deadLetters = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<String> wanted = new ArrayList<>();
            for (RelayTopic topic : RelayTopic.values()) {
                wanted.add(topic.topicName());
                wanted.add(topic.deadLetterTopicName());
            }
            List<String> topics = kz.civicrelay.forumctl.KafkaClientOptions.readable(consumer, wanted, err);
            wanted.stream().filter(t -> !topics.contains(t) && !t.endsWith(RelayTopic.DEAD_LETTER_SUFFIX))
                    .forEach(unreadable::add);
            List<TopicPartition> partitions = EventLogReplay.partitions(consumer, topics);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            progress.start(partitions.stream().mapToLong(p -> end.getOrDefault(p, 0L) - begin.getOrDefault(p, 0L)).sum());
            AvroEventDeserializer decoder = new AvroEventDeserializer();
            EnvelopePeek peek = new EnvelopePeek();
            while (!EventLogReplay.reached(consumer, end)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < end.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L)) {
                        if (seriesId == null || !otherSeries(record, peek, seriesId)) {
                            take(record, decoder, events, deadLetters, seriesId);
                        }
                        progress.advance();
                    }
                }
            }
            progress.finish();
        }
        return new AuditLog(events, deadLetters, unreadable);
    }

    /**
     * Whether the record is an event of another series, as its envelope's start says: not decoded then. A record it
     * cannot tell (a dead letter, another layout, bytes that are no event) is decoded as every record was.
     */
    private static boolean otherSeries(ConsumerRecord<String, byte[]> record, EnvelopePeek peek, String seriesId) {
        if (record.topic().endsWith(RelayTopic.DEAD_LETTER_SUFFIX)) {
            return false;
        }
        String peeked = peek.seriesId(record.value());
        return peeked != null && !peeked.equals(seriesId);
    }

    static void take(ConsumerRecord<String, byte[]> record, AvroEventDeserializer decoder,
            List<LoggedEvent> events, List<DeadLetter> deadLetters) {
        take(record, decoder, events, deadLetters, null);
    }

    private static void take(ConsumerRecord<String, byte[]> record, AvroEventDeserializer decoder,
            List<LoggedEvent> events, List<DeadLetter> deadLetters, @Nullable String seriesId) {
        Instant at = Instant.ofEpochMilli(record.timestamp());
        if (record.topic().endsWith(RelayTopic.DEAD_LETTER_SUFFIX)) {
            Header reason = record.headers().lastHeader(REASON_HEADER);
            deadLetters.add(new DeadLetter(record.topic(), record.partition(), record.offset(), at,
                    reason == null ? "(no reason given)" : new String(reason.value(), StandardCharsets.UTF_8)));
            return;
        }
        if (record.value() == null) {
            return;
        }
        try {
            SpecificRecord event = decoder.deserialize(record.topic(), record.value());
            if (event == null || seriesId != null && !seriesId.equals(Envelopes.of(event).getSeriesId())) {
                return;
            }
            events.add(new LoggedEvent(record.topic(), record.partition(), record.offset(), at, event));
        } catch (RuntimeException e) {
            deadLetters.add(new DeadLetter(record.topic(), record.partition(), record.offset(), at,
                    "not decodable: " + e.getMessage()));
        }
    }
}
