package kz.civicrelay.platform.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

class ConsumerMembershipTest {

    private final DefaultKafkaConsumerFactory<String, String> factory = new DefaultKafkaConsumerFactory<>(new HashMap<>(Map.of(
            ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "handoff",
            ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10000,
            ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3000)));

    @Test
    void staticMembershipOnTheClassicProtocolKeepsTheSettingsAsTheyAre() {
        new ConsumerMembership("static", "classic").applyTo(factory);

        assertThat(factory.getConfigurationProperties())
                .containsEntry(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "handoff")
                .containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10000)
                .doesNotContainKey(ConsumerConfig.GROUP_PROTOCOL_CONFIG);
    }

    @Test
    void dynamicMembershipJoinsWithoutAnInstanceId() {
        new ConsumerMembership("dynamic", "classic").applyTo(factory);

        assertThat(factory.getConfigurationProperties()).doesNotContainKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)
                .containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10000);
    }

    @Test
    void theConsumerProtocolLeavesTheSessionToTheBroker() {
        new ConsumerMembership("static", "consumer").applyTo(factory);

        assertThat(factory.getConfigurationProperties())
                .containsEntry(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer")
                .containsEntry(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "handoff")
                .doesNotContainKeys(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG);
    }

    @Test
    void refusesAMembershipOrProtocolItDoesNotKnow() {
        assertThatThrownBy(() -> new ConsumerMembership("sticky", "classic")).hasMessageContaining("static or dynamic");
        assertThatThrownBy(() -> new ConsumerMembership("static", "share")).hasMessageContaining("classic or consumer");
    }
}
