package kz.civicrelay.e2e.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.specific.SpecificRecord;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.schemas.serde.AvroEventDeserializer;

/**
 * When each event was appended (its record timestamp), by event type and forum, as a
 * {@code read_committed} reader of every relay topic sees them, followed on a thread of its own.
 */
final class LogTimes {

    private final Map<String, Long> appended = new ConcurrentHashMap<>();

    /** @param client the client settings of a principal that reads every relay topic (the console's) */
    LogTimes(String bootstrapServers, Map<String, Object> client) {
        Thread follower = new Thread(() -> follow(bootstrapServers, client), "log-times");
        follower.setDaemon(true);
        follower.start();
    }

    private void follow(String bootstrapServers, Map<String, Object> client) {
        Map<String, Object> config = new java.util.HashMap<>(client);
        config.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroEventDeserializer.class));
        try (var consumer = new KafkaConsumer<String, SpecificRecord>(config)) {
            List<TopicPartition> partitions = EventLogReplay.partitions(consumer,
                    Arrays.stream(RelayTopic.values()).filter(t -> t != RelayTopic.NOTIFICATIONS)
                            .map(RelayTopic::topicName).toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (true) {
                consumer.poll(Duration.ofMillis(100)).forEach(r -> appended.putIfAbsent(
                        key(r.value().getClass().getSimpleName(), forumOf(r.value())), r.timestamp()));
            }
        }
    }

    /**
     * Waits until a {@code type} of {@code forumId} is appended; returns its append time minus {@code since},
     * in ms (negative if it was appended before).
     */
    long await(String type, String forumId, Instant since) {
        try {
            long at = Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(20))
                    .until(() -> appended.get(key(type, forumId)), java.util.Objects::nonNull);
            return at - since.toEpochMilli(); // negative: it was appended before the kill landed
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("No " + type + " of " + forumId + " within 180 s of the kill: the "
                    + "service did not react again", e);
        }
    }

    /** The forum an event is about; a baton is filed under the forum it leaves. */
    private static String forumOf(SpecificRecord event) {
        return event instanceof BatonPassed baton ? baton.getFromForumId() : Envelopes.of(event).getForumId();
    }

    private static String key(String type, String forumId) {
        return type + "/" + forumId;
    }
}
