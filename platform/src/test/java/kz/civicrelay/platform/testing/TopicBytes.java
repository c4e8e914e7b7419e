package kz.civicrelay.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Every record of the topics with a name prefix, committed or not, as text (key, headers, value): for scans. */
final class TopicBytes {

    private TopicBytes() {
    }

    static List<String> all(String bootstrapServers, String prefix) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(10)).entrySet().stream()
                    .filter(t -> t.getKey().startsWith(prefix)).flatMap(t -> t.getValue().stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    StringBuilder text = new StringBuilder();
                    if (record.key() != null) {
                        text.append(new String(record.key(), StandardCharsets.ISO_8859_1));
                    }
                    record.headers().forEach(h -> text.append(' ').append(h.key()).append('=')
                            .append(h.value() == null ? "" : new String(h.value(), StandardCharsets.ISO_8859_1)));
                    if (record.value() != null) {
                        text.append(' ').append(new String(record.value(), StandardCharsets.ISO_8859_1));
                    }
                    records.add(text.toString());
                }
            }
        }
        return records;
    }
}
