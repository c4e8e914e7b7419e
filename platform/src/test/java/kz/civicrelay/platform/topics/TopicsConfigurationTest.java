package kz.civicrelay.platform.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class TopicsConfigurationTest {

    @Test
    void shouldAskTwoCopiesOfEachWriteOnEveryTopicWhenTheClusterSettingIsGiven() {
        var topics = TopicsConfiguration.newTopics(new TopicsProperties(3, (short) 3, (short) 2));

        assertThat(topics).hasSize(2 * RelayTopic.values().length + 1).allSatisfy(topic -> {
            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
            assertThat(topic.configs()).containsEntry("min.insync.replicas", "2").containsEntry("retention.ms", "-1");
        });
    }

    @Test
    void shouldLeaveTheBrokersMinInsyncReplicasWhenNoneIsGiven() {
        var topics = TopicsConfiguration.newTopics(new TopicsProperties(3, (short) 1));

        assertThat(topics).extracting(NewTopic::configs).allSatisfy(configs ->
                assertThat(configs).doesNotContainKey("min.insync.replicas").containsEntry("retention.ms", "-1"));
    }

    @Test
    void shouldRefuseMoreCopiesInSyncThanThereAreCopies() {
        assertThatThrownBy(() -> new TopicsProperties(3, (short) 1, (short) 2))
                .hasMessageContaining("min-insync-replicas");
    }
}
