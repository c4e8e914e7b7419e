package kz.civicrelay.platform.transparency;

import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The committed records of one topic-partition as leaves of its Merkle tree ({@link RecordLeaf}), read with
 * {@code read_committed} from the log's start to its end (the last stable offset) as it is when the reading starts.
 */
public final class PartitionLeaves {

    /** One record's place and leaf hash. */
    public record Leaf(long offset, byte[] hash) {
    }

    /** The leaves, in offset order, and the end offset they were read to. */
    public record Read(TopicPartition partition, List<Leaf> leaves, long endOffset) {

        public List<byte[]> hashes() {
            return leaves.stream().map(Leaf::hash).toList();
        }
    }

    private PartitionLeaves() {
    }

    /** Reads the partition with a client of the given settings (bootstrap servers, credentials). */
    public static Read read(Map<String, Object> clientConfig, TopicPartition partition) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> one = List.of(partition);
            consumer.assign(one);
            consumer.seekToBeginning(one);
            long end = consumer.endOffsets(one).getOrDefault(partition, 0L);
            List<Leaf> leaves = new ArrayList<>();
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end) {
                        leaves.add(new Leaf(record.offset(), RecordLeaf.hash(record.offset(), record.timestamp(),
                                record.key(), record.value(), headers(record))));
                    }
                }
            }
            return new Read(partition, leaves, end);
        }
    }

    private static List<Map.Entry<String, byte[]>> headers(ConsumerRecord<byte[], byte[]> record) {
        List<Map.Entry<String, byte[]>> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(new AbstractMap.SimpleImmutableEntry<>(header.key(), header.value()));
        }
        return headers;
    }
}
