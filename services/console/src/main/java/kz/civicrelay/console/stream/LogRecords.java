package kz.civicrelay.console.stream;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<TopicPartition, TreeSet<Long>> wanted = new HashMap<>();
        for (Position position : positions) {
            wanted.computeIfAbsent(new TopicPartition(position.topic(), position.partition()), tp -> new TreeSet<>())
                    .add(position.offset());
        }
        Map<Position, Read> found = new HashMap<>();
        try {
            readAll(consumer(), wanted, found);
        } catch (KafkaException e) {
            log.warn("Reading records back for the history failed; answering with what was read", e);
            close();
        }
        return found;
    }

    /**
     * Every partition asked for at once, each sought to its first place: one fetch serves them all. A partition reads
     * on through places close together, is sought again past a gap, and is paused once it has given all it was asked.
     */
    private void readAll(KafkaConsumer<String, byte[]> reader, Map<TopicPartition, TreeSet<Long>> wanted,
            Map<Position, Read> found) {
        reader.assign(wanted.keySet());
        wanted.forEach((partition, offsets) -> reader.seek(partition, offsets.first()));
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!wanted.isEmpty() && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(100))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                TreeSet<Long> offsets = wanted.get(partition);
                if (offsets == null) {
                    continue;
                }
                // Places passed over are not in the log as read now (compacted away, or no record): none.
                offsets.headSet(record.offset()).clear();
                if (offsets.remove(record.offset())) {
                    Read read = entries.read(record);
                    if (read != null) {
                        found.put(new Position(record.topic(), record.partition(), record.offset()), read);
                    }
                }
            }
            for (var entry : List.copyOf(wanted.entrySet())) {
                TopicPartition partition = entry.getKey();
                TreeSet<Long> offsets = entry.getValue();
                if (offsets.isEmpty()) {
                    wanted.remove(partition);
                    reader.pause(List.of(partition));
                } else if (offsets.first() > reader.position(partition) + READ_THROUGH) {
                    reader.seek(partition, offsets.first());
                }
            }
        }
        if (!wanted.isEmpty()) {
            log.warn("Could not read {} record(s) back for the history in {}",
                    wanted.values().stream().mapToInt(TreeSet::size).sum(), PATIENCE);
        }
        reader.resume(reader.paused());
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
