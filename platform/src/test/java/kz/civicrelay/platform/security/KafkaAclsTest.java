package kz.civicrelay.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

import kz.civicrelay.platform.topics.RelayTopic;

class KafkaAclsTest {

    @Test
    void eachTopicIsWrittenByItsProducerAloneAndItsDeadLettersByItsReadersToo() {
        for (RelayTopic topic : RelayTopic.values()) {
            assertThat(writers(topic.topicName())).as(topic.topicName()).containsExactly(topic.producer());
            assertThat(writers(topic.deadLetterTopicName())).as(topic.deadLetterTopicName())
                    .containsExactlyInAnyOrderElementsOf(concat(topic.producer(), topic.readers()));
        }
    }

    @Test
    void onlyRegistrationTheConsoleHandoffDeliveryAndTheAuditorReadParticipantsNames() {
        // handoff folds counts only, for the handoff package; delivery the e-mail address of a person on a waitlist,
        // to tell them of a promotion (RelayTopic.REGISTRATION); the auditor checks capacity and nobody twice
        assertThat(readers(RelayTopic.REGISTRATION.topicName()))
                .containsExactlyInAnyOrder("registration", "console", "handoff", "delivery", "auditor");
        assertThat(readers(RelayTopic.REGISTRATION.deadLetterTopicName()))
                .containsExactlyInAnyOrder("registration", "console", "auditor");
        assertThat(readers(RelayTopic.SUBSCRIPTIONS.topicName())).as("the teams' addresses: no auditor")
                .doesNotContain("auditor");
        assertThat(readers(RelayTopic.SCHEDULING.topicName()))
                .containsExactlyInAnyOrder("scheduling", "registration", "resolution", "handoff", "console", "auditor");
        assertThat(KafkaAcls.of(KafkaPrincipal.ADMIN)).as("a super user").isEmpty();
    }

    @Test
    void aServiceThatReadsOrWritesWhatItsPrincipalMayNotIsRefusedAtStart() {
        KafkaAcls.requireGranted("handoff", List.of(RelayTopic.HANDOFF, RelayTopic.NOTIFICATIONS),
                List.of(RelayTopic.SCHEDULING), "handoff-tx-");
        assertThatThrownBy(() -> KafkaAcls.requireGranted("handoff", List.of(RelayTopic.HANDOFF),
                List.of(RelayTopic.SUBSCRIPTIONS), "handoff-tx-")).hasMessageContaining("relay.subscriptions");
        assertThatThrownBy(() -> KafkaAcls.requireGranted("handoff", List.of(RelayTopic.SCHEDULING), List.of(),
                "handoff-tx-")).hasMessageContaining("relay.scheduling");
        assertThatThrownBy(() -> KafkaAcls.requireGranted("handoff", List.of(RelayTopic.HANDOFF), List.of(),
                "baton-tx-")).hasMessageContaining("handoff-tx-");
        KafkaAcls.requireGranted("probe-service", List.of(RelayTopic.SCHEDULING), List.of(), "x-");
    }

    private static List<String> writers(String topic) {
        return principals(topic, AclOperation.WRITE);
    }

    private static List<String> readers(String topic) {
        return principals(topic, AclOperation.READ);
    }

    private static List<String> principals(String topic, AclOperation operation) {
        return KafkaAcls.all().stream().filter(acl -> acl.pattern().resourceType() == ResourceType.TOPIC
                        && acl.pattern().name().equals(topic) && acl.entry().operation() == operation)
                .map(AclBinding::entry).map(e -> e.principal().substring("User:".length())).toList();
    }

    private static List<String> concat(String first, java.util.Set<String> more) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(more);
        return all;
    }
}
