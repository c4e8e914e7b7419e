package kz.civicrelay.platform.recovery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Part of readiness: UP once every Kafka listener of the service runs and holds partitions of its
 * topics, so a service reports ready only when it reacts again (a restarted consumer may wait for its
 * group before it is given any partition).
 */
public final class ListenerAssignments extends AbstractHealthIndicator {

    private final KafkaListenerEndpointRegistry registry;

    public ListenerAssignments(KafkaListenerEndpointRegistry registry) {
        super("Kafka listeners not assigned");
        this.registry = registry;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<String> waiting = new ArrayList<>();
        for (MessageListenerContainer container : registry.getListenerContainers()) {
            Collection<TopicPartition> assigned = container.getAssignedPartitions();
            if (!container.isRunning() || assigned == null || assigned.isEmpty()) {
                waiting.add(container.getListenerId());
            } else {
                builder.withDetail(String.valueOf(container.getListenerId()), assigned.toString());
            }
        }
        if (waiting.isEmpty()) {
            builder.up();
        } else {
            builder.outOfService().withDetail("waitingForPartitions", waiting);
        }
    }
}
