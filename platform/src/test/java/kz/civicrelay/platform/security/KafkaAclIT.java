package kz.civicrelay.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.civicrelay.platform.broker.BrokerSettings;
import kz.civicrelay.platform.broker.KraftBroker;
import kz.civicrelay.platform.core.TransactionFencing;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.platform.topics.TopicsConfiguration;
import kz.civicrelay.platform.topics.TopicsProperties;

/**
 * A secured node from the Maven artifacts, as {@code forumctl up} runs it (SASL/SCRAM, StandardAuthorizer, no
 * ACL no access), with the relay's users and ACLs applied by {@code admin}: who is let in, and what each
 * principal may and may not do. Real broker, real clients, no mocks.
 */
class KafkaAclIT {

    private static KraftBroker broker;
    private static KafkaCredentials credentials;
    private static Admin admin;

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        Path target = Files.createDirectories(Path.of("target"));
        Path data = Files.createTempDirectory(target, "kafka-acl-it-");
        credentials = KafkaCredentials.loadOrCreate(data.resolve(KafkaCredentials.FILE));
        broker = KraftBroker.start(BrokerSettings.onFreePorts(data.resolve("kafka")).withFlushEachWrite(false)
                .withCredentials(credentials));
        admin = KraftBroker.admin(broker.bootstrapServers(), broker.adminClientProperties());
        KafkaAccessControl.apply(admin, credentials);
        broker.createTopics(TopicsConfiguration.newTopics(new TopicsProperties(1, (short) 1)));
    }

    @AfterAll
    static void stop() {
        if (admin != null) {
            admin.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void anAnonymousClientIsRefused() throws Exception {
        Map<String, Object> anonymous = new HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000));
        try (var producer = new KafkaProducer<>(anonymous, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(RelayTopic.SCHEDULING.topicName(), "forum-1", "x")).get())
                    .as("no SASL, no metadata: the broker answers nothing an anonymous client understands")
                    .isNotNull();
        }
        assertThat(committedValues(RelayTopic.SCHEDULING.topicName())).doesNotContain("x");
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> config = producerConfig(SaslClient.scram("scheduling", "not-the-password"));
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(RelayTopic.SCHEDULING.topicName(), "forum-1", "x")).get())
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void aServiceMayNotWriteAnotherServicesTopic() throws Exception {
        try (var producer = new KafkaProducer<>(producerConfig(credentials.clientProperties(KafkaPrincipal.REGISTRATION)),
                new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(RelayTopic.SCHEDULING.topicName(), "forum-1",
                    "a forged ForumConvened")).get()).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        assertThat(committedValues(RelayTopic.SCHEDULING.topicName())).as("nothing appended")
                .doesNotContain("a forged ForumConvened");
    }

    @Test
    void aServiceWritesItsOwnTopicInTransactionsAndReadsItsUpstreamAndItsOwnTopic() throws Exception {
        String own = RelayTopic.SCHEDULING.topicName();
        long before = end(own);
        Map<String, Object> config = producerConfig(credentials.clientProperties(KafkaPrincipal.SCHEDULING));
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, KafkaAcls.transactionalIdPrefix(KafkaPrincipal.SCHEDULING) + "0");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(own, "forum-1", "SeriesPlanned")).get();
            producer.commitTransaction();
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(end(own))
                .as("the record and its commit marker").isEqualTo(before + 2));
        try (var consumer = consumer(KafkaPrincipal.SCHEDULING, "scheduling-reactions")) {
            List<TopicPartition> partitions = List.of(new TopicPartition(own, 0),
                    new TopicPartition(RelayTopic.HANDOFF.topicName(), 0), new TopicPartition(RelayTopic.RESOLUTION.topicName(), 0),
                    new TopicPartition(RelayTopic.SCHEDULING.deadLetterTopicName(), 0));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            assertThat(pollUntilRead(consumer, own)).contains("SeriesPlanned");
            consumer.commitSync(Map.of(new TopicPartition(RelayTopic.HANDOFF.topicName(), 0), new OffsetAndMetadata(0)));
        }
        // Its own pool may be fenced by its own admin client, as a taking-over instance does (decision 0014).
        new TransactionFencing(producerConfig(credentials.clientProperties(KafkaPrincipal.SCHEDULING)),
                KafkaAcls.transactionalIdPrefix(KafkaPrincipal.SCHEDULING), 2).fenceAll();
    }

    @Test
    void aTransactionalIdOutsideTheServicesPrefixIsRefused() {
        Map<String, Object> config = producerConfig(credentials.clientProperties(KafkaPrincipal.SCHEDULING));
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "registration-tx-0");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(producer::initTransactions).isInstanceOf(TransactionalIdAuthorizationException.class);
        }
    }

    @Test
    void aServiceMayNotUseAnotherServicesConsumerGroup() {
        try (var consumer = consumer(KafkaPrincipal.SCHEDULING, "registration-reactions")) {
            TopicPartition upstream = new TopicPartition(RelayTopic.HANDOFF.topicName(), 0);
            consumer.assign(List.of(upstream));
            assertThatThrownBy(() -> consumer.commitSync(Map.of(upstream, new OffsetAndMetadata(0))))
                    .isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void theConsoleAndTheAuditorReadButNeverWrite() throws Exception {
        for (KafkaPrincipal reader : List.of(KafkaPrincipal.CONSOLE, KafkaPrincipal.AUDITOR)) {
            try (var consumer = consumer(reader, null)) {
                TopicPartition scheduling = new TopicPartition(RelayTopic.SCHEDULING.topicName(), 0);
                consumer.assign(List.of(scheduling));
                consumer.seekToBeginning(List.of(scheduling));
                consumer.poll(Duration.ofMillis(500));
                assertThat(consumer.position(scheduling)).as(reader + " reads").isGreaterThanOrEqualTo(0);
            }
            try (var producer = new KafkaProducer<>(producerConfig(credentials.clientProperties(reader)),
                    new StringSerializer(), new StringSerializer())) {
                assertThatThrownBy(() -> producer.send(new ProducerRecord<>(RelayTopic.HANDOFF.topicName(), "forum-1",
                        "a forged BatonPassed")).get()).as(reader + " writes nothing")
                        // idempotent by default: refused as soon as it asks for a producer id (no WRITE anywhere)
                        .hasCauseInstanceOf(AuthorizationException.class);
            }
            assertThat(committedValues(RelayTopic.HANDOFF.topicName())).doesNotContain("a forged BatonPassed");
        }
    }

    @Test
    void onlyRegistrationTheConsoleHandoffAndTheAuditorReadTheTopicWithParticipantsNames() {
        // handoff keeps counts only from it, for the handoff package; the auditor checks registrations (decision 0025)
        TopicPartition names = new TopicPartition(RelayTopic.REGISTRATION.topicName(), 0);
        for (KafkaPrincipal refused : List.of(KafkaPrincipal.SCHEDULING, KafkaPrincipal.RESOLUTION)) {
            assertRefused(refused, names);
        }
        for (KafkaPrincipal allowed : List.of(KafkaPrincipal.REGISTRATION, KafkaPrincipal.CONSOLE, KafkaPrincipal.HANDOFF,
                KafkaPrincipal.AUDITOR)) {
            try (var consumer = consumer(allowed, null)) {
                consumer.assign(List.of(names));
                consumer.seekToBeginning(List.of(names));
                consumer.poll(Duration.ofMillis(500));
                assertThat(consumer.position(names)).as(allowed.userName()).isZero();
            }
        }
        // The teams' addresses: no check needs them, so not the auditor
        assertRefused(KafkaPrincipal.AUDITOR, new TopicPartition(RelayTopic.SUBSCRIPTIONS.topicName(), 0));
    }

    private static void assertRefused(KafkaPrincipal refused, TopicPartition partition) {
        try (var consumer = consumer(refused, null)) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(5))).as(refused.userName())
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    private static Map<String, Object> producerConfig(Map<String, Object> sasl) {
        Map<String, Object> config = new HashMap<>(sasl);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return config;
    }

    private static KafkaConsumer<String, String> consumer(KafkaPrincipal principal, String group) {
        Map<String, Object> config = new HashMap<>(credentials.clientProperties(principal));
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static List<String> pollUntilRead(KafkaConsumer<String, String> consumer, String topic) {
        List<String> values = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (values.isEmpty() && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).records(topic).forEach(r -> values.add(r.value()));
        }
        return values;
    }

    /** Every committed value of the topic's partition 0, read as admin. */
    private static List<String> committedValues(String topic) {
        Map<String, Object> config = new HashMap<>(broker.adminClientProperties());
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<String> values = new java.util.ArrayList<>();
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
            return values;
        }
    }

    private static long end(String topic) throws Exception {
        TopicPartition partition = new TopicPartition(topic, 0);
        return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition)
                .get(10, TimeUnit.SECONDS).offset();
    }
}
