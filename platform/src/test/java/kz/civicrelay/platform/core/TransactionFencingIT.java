package kz.civicrelay.platform.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.ExecutionException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kz.civicrelay.platform.testing.SharedKafkaBroker;

/**
 * A process killed in the middle of a transaction leaves it open, and {@code read_committed} readers of
 * its partitions stand still until it is aborted; one that lost its lease without noticing still holds
 * idle producers. Tried: a transaction left open on id {@code <prefix>5} of the pool, with a timeout of 15
 * minutes, and an idle producer on id {@code <prefix>3}: fencing the pool aborts the open transaction at
 * once, so the readers' end moves past it, and neither old producer can commit again.
 */
@ExtendWith(SharedKafkaBroker.class)
class TransactionFencingIT {

    private static final String TOPIC = "probe.fencing";
    private static final String PREFIX = "fencing-probe-tx-";

    @Test
    void fencingThePoolAbortsWhatAPredecessorLeftOpenAndFencesItsIdleProducersToo() throws Exception {
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedKafkaBroker.bootstrapServers());
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", SharedKafkaBroker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            var predecessor = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers(),
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG, PREFIX + "5",
                    ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 900_000), new StringSerializer(), new StringSerializer());
            predecessor.initTransactions();
            predecessor.beginTransaction();
            predecessor.send(new ProducerRecord<>(TOPIC, "forum-1", "ForumCompleted, never committed")).get();
            assertThat(committedEnd(admin)).as("readers stand before the open transaction").isZero();

            var idle = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers(),
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG, PREFIX + "3"), new StringSerializer(), new StringSerializer());
            idle.initTransactions();

            new TransactionFencing(producerConfig, PREFIX, 8).fenceAll();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(committedEnd(admin))
                    .as("the open transaction was aborted: readers move past it, long before its timeout")
                    .isEqualTo(2)); // the aborted record and the abort marker
            assertThatThrownBy(() -> {
                predecessor.send(new ProducerRecord<>(TOPIC, "forum-1", "too late")).get();
                predecessor.commitTransaction();
            }).as("the predecessor is fenced").isInstanceOfAny(KafkaException.class, ExecutionException.class);
            assertThatThrownBy(() -> {
                idle.beginTransaction();
                idle.send(new ProducerRecord<>(TOPIC, "forum-2", "a stale decision")).get();
                idle.commitTransaction();
            }).as("an idle producer of the pool is fenced too").isInstanceOfAny(KafkaException.class,
                    ExecutionException.class);
            predecessor.close(Duration.ZERO);
            idle.close(Duration.ZERO);
        }
    }

    private static long committedEnd(Admin admin) throws Exception {
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        return admin.listOffsets(Map.of(partition, OffsetSpec.latest()), new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all().get(10, TimeUnit.SECONDS).get(partition).offset();
    }
}
