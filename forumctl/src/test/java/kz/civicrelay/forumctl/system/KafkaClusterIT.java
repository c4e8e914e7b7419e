package kz.civicrelay.forumctl.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.civicrelay.platform.broker.ClusterSettings;

/**
 * The relay's cluster as {@code forumctl up --cluster} runs it: three KRaft nodes, each its own process,
 * on free ports. A topic with three copies and {@code min.insync.replicas=2} keeps taking transactional
 * writes ({@code acks=all}) and serving them to {@code read_committed} readers while one node is
 * SIGKILLed; the node, started again on its log, catches up and is back among the in-sync copies.
 * One cluster for the class; every node stops with it (and with this JVM, however it ends).
 */
class KafkaClusterIT {

    private static final String TOPIC = "relay.cluster-probe";
    private static final int PARTITIONS = 3;
    private static final int PER_TRANSACTION = 10;

    private static final List<String> READ = new ArrayList<>();

    private static Path work;
    private static KafkaCluster cluster;

    @BeforeAll
    static void startCluster() throws IOException {
        work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "cluster-it-");
        long started = System.nanoTime();
        cluster = KafkaCluster.start(ClusterSettings.onFreePorts(work.resolve("cluster")), work.resolve("logs"),
                Duration.ofSeconds(120));
        System.out.printf("Three nodes ready in %d ms at %s%n", (System.nanoTime() - started) / 1_000_000,
                cluster.bootstrapServers());
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            long started = System.nanoTime();
            cluster.close();
            System.out.printf("Three nodes stopped in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            assertThat(cluster.brokers()).allSatisfy(b -> assertThat(b.pid()).as(b.name()).isNull());
        }
    }

    @Test
    void shouldFormatEveryNodeOnceWithTheClusterIdKeptBesideThem() throws IOException {
        String kept = Files.readString(work.resolve("cluster").resolve("cluster.id")).strip();

        for (int nodeId : cluster.settings().nodeIds()) {
            Properties meta = new Properties();
            try (InputStream in = Files.newInputStream(cluster.settings().nodeDir(nodeId).resolve("meta.properties"))) {
                meta.load(in);
            }
            assertThat(meta.getProperty("cluster.id")).as("node " + nodeId).isEqualTo(kept);
            assertThat(meta.getProperty("node.id")).isEqualTo(String.valueOf(nodeId));
        }
    }

    @Test
    void shouldKeepCommittingAndReadingWhileABrokerIsKilledAndTakeItBackIntoTheIsrWhenItReturns() throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 3)
                    .configs(Map.of("min.insync.replicas", "2")))).all().get(30, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(30)).until(() -> inSync(admin).values().stream().allMatch(isr -> isr == 3));
            assertThat(admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions())
                    .allSatisfy(p -> assertThat(p.replicas()).hasSize(3));

            try (var producer = producer(); var consumer = consumer()) {
                producer.initTransactions();
                List<String> written = new ArrayList<>();
                commitTransactions(producer, 0, 3, written);
                assertThat(readUntil(consumer, written.size())).containsExactlyInAnyOrderElementsOf(written);

                int killed = leaderOfFirstPartition(admin);
                BrokerProcess victim = cluster.broker(killed);
                victim.kill();
                assertThat(victim.pid()).isNull();
                long afterKill = System.nanoTime();
                commitTransactions(producer, 3, 1, written);
                long firstCommitMs = (System.nanoTime() - afterKill) / 1_000_000;
                commitTransactions(producer, 4, 4, written);
                assertThat(readUntil(consumer, written.size())).containsExactlyInAnyOrderElementsOf(written);
                System.out.printf("Node %d (leader of %s-0) SIGKILLed: first commit after it took %d ms, "
                        + "%d records committed and read in all%n", killed, TOPIC, firstCommitMs, written.size());
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertThat(inSync(admin)).as("in-sync copies without the killed node").allSatisfy((p, isr) ->
                                assertThat(isr).isEqualTo(2)));

                long restarting = System.nanoTime();
                victim.start().awaitReady(Duration.ofSeconds(120));
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        assertThat(inSync(admin)).as("in-sync copies with the node back").allSatisfy((p, isr) ->
                                assertThat(isr).isEqualTo(3)));
                System.out.printf("Node %d back in every in-sync set %d ms after its restart%n", killed,
                        (System.nanoTime() - restarting) / 1_000_000);

                commitTransactions(producer, 8, 2, written);
                assertThat(readUntil(consumer, written.size())).containsExactlyInAnyOrderElementsOf(written);
            }
        }
    }

    /** {@code count} transactions from {@code first} on, each of {@link #PER_TRANSACTION} records, committed. */
    private static void commitTransactions(KafkaProducer<String, String> producer, int first, int count,
            List<String> written) throws Exception {
        for (int t = first; t < first + count; t++) {
            producer.beginTransaction();
            for (int r = 0; r < PER_TRANSACTION; r++) {
                String value = "tx" + t + "-record" + r;
                producer.send(new ProducerRecord<>(TOPIC, "forum-" + r, value));
                written.add(value);
            }
            producer.commitTransaction();
        }
    }

    /** Everything read so far, once {@code total} committed records have been read (offsets committed as it goes). */
    private static List<String> readUntil(KafkaConsumer<String, String> consumer, int total) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> READ.add(r.value()));
            consumer.commitSync(Duration.ofSeconds(30));
            return READ.size() >= total;
        });
        return List.copyOf(READ);
    }

    private static int leaderOfFirstPartition(Admin admin) throws Exception {
        TopicDescription topic = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC);
        Node leader = topic.partitions().get(0).leader();
        assertThat(leader).isNotNull();
        return leader.id();
    }

    /** In-sync copies of each partition of the probe topic. */
    private static Map<Integer, Integer> inSync(Admin admin) throws Exception {
        Map<Integer, Integer> isr = new HashMap<>();
        for (TopicPartitionInfo p : admin.describeTopics(List.of(TOPIC)).allTopicNames().get(10, TimeUnit.SECONDS)
                .get(TOPIC).partitions()) {
            isr.put(p.partition(), p.isr().size());
        }
        return isr;
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000));
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "cluster-probe-tx",
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 60_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000), new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "cluster-probe-reader",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(TOPIC));
        return consumer;
    }
}
