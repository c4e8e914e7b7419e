package kz.civicrelay.platform.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

class ListenerAssignmentsTest {

    private final KafkaListenerEndpointRegistry registry = mock(KafkaListenerEndpointRegistry.class);

    @Test
    void isUpOnceEveryListenerHoldsPartitions() {
        given(container("handoff-reactions", true, Set.of(new TopicPartition("relay.scheduling", 0))));

        assertThat(new ListenerAssignments(registry, new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(ServiceCores.class)).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void isOutOfServiceWhileAListenerWaitsForItsPartitions() {
        given(container("scheduling-reactions", true, Set.of(new TopicPartition("relay.handoff", 0))),
                container("escalations", true, Set.of()));

        var health = new ListenerAssignments(registry, new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(ServiceCores.class)).health();

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("waitingFor", List.of("escalations"));
    }

    @Test
    void isOutOfServiceWhileAListenerIsStoppedOrNotYetAssigned() {
        given(container("stopped", false, Set.of(new TopicPartition("relay.handoff", 0))),
                container("unassigned", true, null));

        assertThat(new ListenerAssignments(registry, new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(ServiceCores.class)).health().getDetails())
                .containsEntry("waitingFor", List.of("stopped", "unassigned"));
    }

    private void given(MessageListenerContainer... containers) {
        List<MessageListenerContainer> all = List.of(containers);
        when(registry.getListenerContainers()).thenReturn(all);
    }

    private static MessageListenerContainer container(String id, boolean running, Set<TopicPartition> assigned) {
        MessageListenerContainer container = mock(MessageListenerContainer.class);
        when(container.getListenerId()).thenReturn(id);
        when(container.isRunning()).thenReturn(running);
        when(container.getAssignedPartitions()).thenReturn(assigned);
        return container;
    }
}
