package kz.civicrelay.platform.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class NodePropertiesTest {

    @Test
    void shouldKeepOneCopyAndFlushEachWriteWhenTheNodeIsAlone() {
        Properties alone = NodeProperties.of(new BrokerSettings("localhost", 9092, 9093, Path.of("data", "kafka")), 9093);

        assertThat(alone).containsEntry("node.id", "1")
                .containsEntry("controller.quorum.voters", "1@localhost:9093")
                .containsEntry("default.replication.factor", "1")
                .containsEntry("min.insync.replicas", "1")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("log.flush.interval.messages", "1");
    }

    @Test
    void shouldKeepThreeCopiesAndAcknowledgeOnTwoWithoutFlushingOnACluster() {
        ClusterSettings cluster = ClusterSettings.loopbackDefault();

        Properties node2 = NodeProperties.of(cluster.node(2, "q1Sh-9_ISia_zwGINzRvyQ"), 9095);

        assertThat(node2).containsEntry("node.id", "2")
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@localhost:9093,2@localhost:9095,3@localhost:9097")
                .containsEntry("listeners", "PLAINTEXT://localhost:9094,CONTROLLER://localhost:9095")
                .containsEntry("default.replication.factor", "3")
                .containsEntry("min.insync.replicas", "2")
                .containsEntry("offsets.topic.replication.factor", "3")
                .containsEntry("transaction.state.log.replication.factor", "3")
                .containsEntry("transaction.state.log.min.isr", "2")
                .containsEntry("unclean.leader.election.enable", "false")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("group.min.session.timeout.ms", "1000")
                .containsEntry("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000")
                .containsEntry("offsets.retention.minutes", String.valueOf(Integer.MAX_VALUE))
                .containsEntry("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
        assertThat(node2.getProperty("log.dirs")).endsWith(Path.of("data", "cluster", "kafka-2").toString());
    }

    @Test
    void shouldLetOverridesWinOverTheRelayDefaults() {
        BrokerSettings settings = new BrokerSettings("localhost", 9092, 9093, Path.of("data", "kafka"))
                .withOverrides(Map.of("log.retention.check.interval.ms", "500", "num.partitions", "1"));

        assertThat(NodeProperties.of(settings, 9093)).containsEntry("log.retention.check.interval.ms", "500")
                .containsEntry("num.partitions", "1");
    }

    @Test
    void aSecuredNodeTakesScramFromClientsPlainOnItsControllerListenerAndDeniesWhatNoAclAllows(
            @org.junit.jupiter.api.io.TempDir Path data) {
        var credentials = kz.civicrelay.platform.security.KafkaCredentials.loadOrCreate(data.resolve("kafka.properties"));
        String admin = credentials.password(kz.civicrelay.platform.security.KafkaPrincipal.ADMIN);

        Properties secured = NodeProperties.of(new BrokerSettings("localhost", 9092, 9093, Path.of("data", "kafka"))
                .withCredentials(credentials), 9093);

        assertThat(secured).containsEntry("listeners", "SASL_PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093")
                .containsEntry("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT")
                .containsEntry("inter.broker.listener.name", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-256")
                .containsEntry("sasl.mechanism.controller.protocol", "PLAIN")
                .containsEntry("listener.name.sasl_plaintext.sasl.enabled.mechanisms", "SCRAM-SHA-256")
                .containsEntry("listener.name.controller.sasl.enabled.mechanisms", "PLAIN")
                .containsEntry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("allow.everyone.if.no.acl.found", "false")
                .containsEntry("super.users", "User:admin");
        assertThat(secured.getProperty("listener.name.controller.plain.sasl.jaas.config"))
                .contains("username=\"admin\"", "user_admin=\"" + admin + "\"");
        assertThat(NodeProperties.of(new BrokerSettings("localhost", 9092, 9093, Path.of("data", "kafka")), 9093))
                .as("unsecured: the shared test broker").containsEntry("listener.security.protocol.map",
                        "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT").doesNotContainKey("authorizer.class.name");
    }
}
