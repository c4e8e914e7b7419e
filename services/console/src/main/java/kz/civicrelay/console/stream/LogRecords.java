package kz.civicrelay.console.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

import kz.civicrelay.console.history.EventSource;
import kz.civicrelay.console.history.Position;

/**
 * Reads records back from the log for the history: one consumer of its own (no group, commits nothing,
 * {@code read_committed}), made when first needed, that seeks to each place asked for and reads on from there while
 * the places asked for lie close together. A place it cannot reach within a few seconds is left out, and said in the
 * log.
 */
@Component
public class LogRecords implements EventSource, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LogRecords.class);
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    /** Places further apart than this are sought, not read through. */
    private static final int READ_THROUGH = 500;

    private final Map<String, Object> config;
    private final RecordEntries entries = new RecordEntries();
    private @Nullable KafkaConsumer<String, byte[]> consumer;

    public LogRecords(KafkaProperties kafka) {
        this.config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, READ_THROUGH);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
    }

    @Override
    public synchronized Map<Position, Read> read(List<Position> positions) {
        Map<TopicPartition, TreeSet<Long>> wanted = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::toString));
        for (Position position : positions) {
            wanted.computeIfAbsent(new TopicPartition(position.topic(), position.partition()), tp -> new TreeSet<>())
                    .add(position.offset());
        }
        Map<Position, Read> found = new HashMap<>();
        try {
            KafkaConsumer<String, byte[]> reader = consumer();
            for (var partition : wanted.entrySet()) {
                readFrom(reader, partition.getKey(), partition.getValue(), found);
            }
        } catch (KafkaException e) {
            log.warn("Reading records back for the history failed; answering with what was read", e);
            close();
        }
        return found;
    }

    private void readFrom(KafkaConsumer<String, byte[]> reader, TopicPartition partition, TreeSet<Long> offsets,
            Map<Position, Read> found) {
        reader.assign(List.of(partition));
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!offsets.isEmpty() && System.nanoTime() < deadline) {
            long next = offsets.first();
            reader.seek(partition, next);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                reader.poll(Duration.ofMillis(200)).records(partition).forEach(records::add);
            }
            if (records.isEmpty()) {
                break;
            }
            long last = records.get(records.size() - 1).offset();
            for (ConsumerRecord<String, byte[]> record : records) {
                if (offsets.remove(record.offset())) {
                    Read read = entries.read(record);
                    if (read != null) {
                        found.put(new Position(record.topic(), record.partition(), record.offset()), read);
                    }
                }
            }
            // Places this read passed over are not in the log as read now (compacted away, or not a record): none.
            offsets.headSet(last, true).clear();
        }
        if (!offsets.isEmpty()) {
            log.warn("Could not read {} record(s) of {} back for the history in {}", offsets.size(), partition, PATIENCE);
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        KafkaConsumer<String, byte[]> current = consumer;
        if (current == null) {
            current = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
            consumer = current;
        }
        return current;
    }

    @Override
    public synchronized void close() {
        KafkaConsumer<String, byte[]> current = consumer;
        consumer = null;
        if (current != null) {
            current.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(2)));
        }
    }
}
