package kz.civicrelay.platform.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.platform.topics.TopicsConfiguration;
import kz.civicrelay.platform.topics.TopicsProperties;

/**
 * The log is the relay's only database: nothing in it expires. Tried on a broker that checks retention
 * every half second: records stamped half a year ago on every relay topic and dead-letter topic, next
 * to a topic left on the broker's defaults (7 days), which the check empties. The relay's records are
 * all still there after the checks and after a restart. A relay topic that already existed with the
 * broker's defaults is corrected when the topics are created.
 */
class LogRetentionIT {

    private static final String ON_BROKER_DEFAULTS = "probe.broker-defaults";
    private static final String ON_BROKER_DEFAULTS_AFTER_RESTART = "probe.broker-defaults-after-restart";
    private static final int RECORDS_PER_TOPIC = 5;
    private static final Instant HALF_A_YEAR_AGO = Instant.now().minus(Duration.ofDays(183));

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepMonthsOldRecordsThroughRetentionChecksAndARestart() throws Exception {
        BrokerSettings settings = BrokerSettings.onFreePorts(dataDir)
                .withOverrides(Map.of("log.retention.check.interval.ms", "500", "log.initial.task.delay.ms", "0"));
        List<NewTopic> relayTopics = TopicsConfiguration.newTopics(new TopicsProperties(1, (short) 1));
        List<String> relayTopicNames = relayTopics.stream().map(NewTopic::name).toList();

        try (KraftBroker broker = KraftBroker.start(settings)) {
            broker.createTopics(List.of(new NewTopic(RelayTopic.HANDOFF.topicName(), 1, (short) 1),
                    new NewTopic(ON_BROKER_DEFAULTS, 1, (short) 1)));
            assertThat(retentionMs(broker, RelayTopic.HANDOFF.topicName()))
                    .as("created before, on the broker's defaults").isEqualTo("604800000");

            broker.createTopics(relayTopics);
            for (String topic : relayTopicNames) {
                assertThat(retentionMs(broker, topic)).as(topic).isEqualTo("-1");
            }
            produceHalfAYearOld(broker, relayTopicNames);
            produceHalfAYearOld(broker, List.of(ON_BROKER_DEFAULTS));

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(retained(broker, ON_BROKER_DEFAULTS)).as("the retention check ran").isZero());
            for (String topic : relayTopicNames) {
                assertThat(retained(broker, topic)).as(topic).isEqualTo(RECORDS_PER_TOPIC);
            }
        }

        try (KraftBroker restarted = KraftBroker.start(settings)) {
            restarted.createTopics(List.of(new NewTopic(ON_BROKER_DEFAULTS_AFTER_RESTART, 1, (short) 1)));
            produceHalfAYearOld(restarted, List.of(ON_BROKER_DEFAULTS_AFTER_RESTART));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                    retained(restarted, ON_BROKER_DEFAULTS_AFTER_RESTART)).as("the restarted broker's check ran").isZero());
            for (String topic : relayTopicNames) {
                assertThat(retained(restarted, topic)).as(topic + " after a restart").isEqualTo(RECORDS_PER_TOPIC);
                assertThat(retentionMs(restarted, topic)).isEqualTo("-1");
            }
        }
    }

    private static void produceHalfAYearOld(KraftBroker broker, List<String> topics) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer())) {
            for (String topic : topics) {
                for (int i = 0; i < RECORDS_PER_TOPIC; i++) {
                    producer.send(new ProducerRecord<>(topic, 0, HALF_A_YEAR_AGO.toEpochMilli() + i, "forum-" + i,
                            "Эстафета өтті: ә ғ қ ң ө ұ ү һ і #" + i)).get();
                }
            }
        }
    }

    /** Records between the log start (moved by a retention deletion) and the end. */
    private static long retained(KraftBroker broker, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            long start = admin.listOffsets(Map.of(partition, OffsetSpec.earliest())).all()
                    .get(10, TimeUnit.SECONDS).get(partition).offset();
            long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).all()
                    .get(10, TimeUnit.SECONDS).get(partition).offset();
            return end - start;
        }
    }

    private static String retentionMs(KraftBroker broker, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Map<ConfigResource, Config> configs = admin.describeConfigs(Set.of(resource)).all().get(10, TimeUnit.SECONDS);
            return configs.get(resource).get(TopicConfig.RETENTION_MS_CONFIG).value();
        }
    }
}
