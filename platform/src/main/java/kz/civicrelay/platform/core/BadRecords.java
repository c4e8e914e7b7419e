package kz.civicrelay.platform.core;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaHeaders;

import kz.civicrelay.platform.log.EventLogReplay;

/**
 * The records of a service's own topics that cannot be folded (undecodable, or not an event the topic
 * holds: e.g. written by a client that is not the service). They are skipped, so the service always
 * starts, and the active instance dead-letters each one once, with the reason: before it writes, it reads
 * which records the dead-letter topics already hold, so neither a restart nor a second instance adds a
 * second dead letter. A bad upstream record is dead-lettered by the active instance's live listener, in
 * the transaction that commits its offset; the rebuild only skips it.
 */
final class BadRecords {

    private static final Logger log = LoggerFactory.getLogger(BadRecords.class);

    private record Bad(ConsumerRecord<String, byte[]> record, Exception reason) {
    }

    private final Map<String, Object> consumerConfig;
    private final List<String> deadLetterTopics;
    private final KafkaOperations<Object, Object> template;
    private final DeadLetterPublishingRecoverer recoverer;
    private final List<Bad> pending = new ArrayList<>();
    private final Set<String> deadLettered = new HashSet<>();
    private boolean known;

    BadRecords(Map<String, Object> consumerConfig, List<String> deadLetterTopics, KafkaOperations<Object, Object> template,
            DeadLetterPublishingRecoverer recoverer) {
        this.consumerConfig = new HashMap<>(consumerConfig);
        this.deadLetterTopics = List.copyOf(deadLetterTopics);
        this.template = template;
        this.recoverer = recoverer;
    }

    synchronized void own(ConsumerRecord<String, byte[]> record, Exception reason) {
        log.warn("Skipped {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reason.toString());
        pending.add(new Bad(record, reason));
    }

    void upstream(ConsumerRecord<String, byte[]> record, Exception reason) {
        log.warn("Skipped {}-{}@{} (the live listener dead-letters it): {}", record.topic(), record.partition(),
                record.offset(), reason.toString());
    }

    /** A new active instance reads again what the dead-letter topics hold before it writes to them. */
    synchronized void forget() {
        known = false;
    }

    /** Dead-letters, once each, the bad own records seen so far; only the active instance calls this. */
    synchronized void deadLetterPending() {
        if (pending.isEmpty()) {
            return;
        }
        if (!known) {
            deadLettered.clear();
            deadLettered.addAll(alreadyDeadLettered());
            known = true;
        }
        for (Bad bad : List.copyOf(pending)) {
            String id = id(bad.record().topic(), bad.record().partition(), bad.record().offset());
            if (!deadLettered.contains(id)) {
                template.executeInTransaction(operations -> {
                    recoverer.accept(bad.record(), bad.reason());
                    return null;
                });
                deadLettered.add(id);
            }
            pending.remove(bad);
        }
    }

    private Set<String> alreadyDeadLettered() {
        Map<String, Object> config = EventLogReplay.readerConfig(consumerConfig);
        Set<String> ids = new HashSet<>();
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = EventLogReplay.partitions(consumer, deadLetterTopics);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!EventLogReplay.reached(consumer, end)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Header topic = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC);
                    Header partition = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION);
                    Header offset = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET);
                    if (topic != null && partition != null && offset != null) {
                        ids.add(id(new String(topic.value(), StandardCharsets.UTF_8),
                                ByteBuffer.wrap(partition.value()).getInt(), ByteBuffer.wrap(offset.value()).getLong()));
                    }
                }
            }
        }
        return ids;
    }

    private static String id(String topic, int partition, long offset) {
        return topic + "-" + partition + "@" + offset;
    }
}
