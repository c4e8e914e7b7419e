package kz.civicrelay.platform.log;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.IsolationLevel;

/**
 * Reads topics from their beginning up to their end at the moment of the call (committed records
 * only) and returns the events in the order they were appended, by record timestamp. This is how a
 * service rebuilds its state on start and how an auditor replays the series. Records that cannot be
 * decoded are skipped here: the live listener has sent them to the dead-letter topic.
 */
public final class EventLogReplay {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> consumerConfig;

    /** @param consumerConfig the application's consumer settings (bootstrap servers, deserializers) */
    public EventLogReplay(Map<String, Object> consumerConfig) {
        this.consumerConfig = readerConfig(consumerConfig);
    }

    /**
     * The settings of a consumer that reads the log itself, outside any group: assigned its partitions,
     * committed records only, nothing committed back.
     */
    public static Map<String, Object> readerConfig(Map<String, Object> consumerConfig) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return config;
    }

    /** Every committed event of the topics, oldest first. */
    public List<ConsumerRecord<String, SpecificRecord>> readAll(List<String> topics) {
        List<ConsumerRecord<String, SpecificRecord>> records = new ArrayList<>();
        try (KafkaConsumer<String, SpecificRecord> consumer = new KafkaConsumer<>(consumerConfig)) {
            List<TopicPartition> partitions = partitions(consumer, topics);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!reached(consumer, end)) {
                for (ConsumerRecord<String, SpecificRecord> record : consumer.poll(POLL)) {
                    if (record.value() != null && record.offset() < end.getOrDefault(new TopicPartition(record.topic(),
                            record.partition()), 0L)) {
                        records.add(record);
                    }
                }
            }
        }
        records.sort(Comparator.comparingLong(ConsumerRecord<String, SpecificRecord>::timestamp));
        return records;
    }

    /** Every partition of the topics, as the broker knows them (waits up to 30 s for the metadata). */
    public static List<TopicPartition> partitions(Consumer<?, ?> consumer, Collection<String> topics) {
        return topics.stream()
                .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(info -> new TopicPartition(topic, info.partition())))
                .toList();
    }

    /**
     * Every partition of {@code topics}, waiting up to {@code timeout} for a topic the consumer does not know yet: a
     * service creates its topics as it starts, and a broker may answer metadata for a just-created topic with no
     * partitions for a moment. A follower that took that empty answer would follow nothing, for good.
     */
    public static List<TopicPartition> awaitPartitions(Consumer<?, ?> consumer, Collection<String> topics,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<TopicPartition> partitions = new java.util.ArrayList<>();
        for (String topic : topics) {
            List<org.apache.kafka.common.PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            while (infos.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Topic " + topic + " has no partitions after " + timeout
                            + ": is it created on the cluster?");
                }
                java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
                infos = consumer.partitionsFor(topic, timeout);
            }
            infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        return List.copyOf(partitions);
    }

    /** True once the consumer's position has reached {@code end} on every partition. */
    public static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
