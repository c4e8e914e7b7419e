package kz.civicrelay.platform.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.schemas.serde.AvroEventDeserializer;
import kz.civicrelay.schemas.serde.AvroEventSerializer;

/**
 * What a test does on the shared broker as an outside client would: append an event as another
 * service would, and read a topic's committed events back in append order.
 */
public final class TopicLog {

    private TopicLog() {
    }

    /** Appends one event, Avro single-object encoded, and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, SpecificRecord event) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers()),
                new StringSerializer(), new AvroEventSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, event)).get();
        }
    }

    /** Appends an event with the given headers (e.g. a W3C {@code traceparent}), and waits for the acknowledgement. */
    public static void send(String topic, String key, SpecificRecord event, Map<String, String> headers)
            throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers()),
                new StringSerializer(), new AvroEventSerializer())) {
            var record = new ProducerRecord<String, SpecificRecord>(topic, key, event);
            headers.forEach((name, value) -> record.headers().add(name,
                    value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            producer.send(record).get();
        }
    }

    /** Appends bytes as they are, as a foreign or broken client would, and waits for the acknowledgement. */
    public static void sendRaw(String topic, String key, byte[] value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers()),
                new StringSerializer(), new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Every committed record of the topic (read_committed), oldest first. */
    public static List<ConsumerRecord<String, SpecificRecord>> readAll(String topic) {
        return readAll(topic, new AvroEventDeserializer());
    }

    /** Every committed record of the topic, values read with {@code values}, oldest first. */
    public static <V> List<ConsumerRecord<String, V>> readAll(String topic, Deserializer<V> values) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), values)) {
            var partitions = EventLogReplay.partitions(consumer, List.of(topic));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = settledEnd(consumer, partitions);
            List<ConsumerRecord<String, V>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            records.sort(Comparator.comparingLong(ConsumerRecord::timestamp));
            return records;
        }
    }

    /**
     * Where the committed records end, once no transaction is pending: a commit returns when the coordinator
     * decided it, and its markers reach the partitions a moment later; until then a {@code read_committed} reader's
     * end stops before the transaction just committed, and a test reading right after an answer would miss it.
     * Waits at most 10 s for every partition's committed end to reach its high watermark.
     */
    private static Map<TopicPartition, Long> settledEnd(KafkaConsumer<String, ?> consumer, List<TopicPartition> partitions) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try (Admin admin = Admin.create(Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers()))) {
            while (true) {
                Map<TopicPartition, Long> committed = consumer.endOffsets(partitions);
                var latest = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()))).all().get();
                boolean settled = partitions.stream().allMatch(p -> committed.get(p) >= latest.get(p).offset());
                if (settled || System.nanoTime() > deadline) {
                    return committed;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the end of " + partitions, e);
        }
    }

    /** True once the consumer group has committed its position at the end of every partition of the topic. */
    public static boolean caughtUp(String groupId, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers()))) {
            var committed = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            var latest = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()))).all().get();
            return partitions.stream().allMatch(p -> latest.get(p).offset() == 0
                    || committed.get(p) != null && committed.get(p).offset() >= latest.get(p).offset());
        }
    }

    /** Waits until the consumer group has processed (committed) every record of the topic. */
    public static void awaitCaughtUp(String groupId, String topic) {
        await().atMost(Duration.ofSeconds(30)).until(() -> caughtUp(groupId, topic));
    }

    /** The committed events of the topic, oldest first. */
    public static List<SpecificRecord> events(String topic) {
        return readAll(topic).stream().map(ConsumerRecord::value).toList();
    }
}
