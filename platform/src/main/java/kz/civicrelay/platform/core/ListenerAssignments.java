package kz.civicrelay.platform.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;


/**
 * Part of readiness: UP once the service reacts or stands by. An active instance is ready when its
 * listener runs and holds the upstream partitions; a standby when it has joined its service's lease group
 * (it follows the log and serves reads); neither while joining or taking over. Any other Kafka listener of
 * the application must hold partitions too.
 */
public final class ListenerAssignments extends AbstractHealthIndicator {

    private final KafkaListenerEndpointRegistry registry;
    private final ObjectProvider<ServiceCores> cores;

    public ListenerAssignments(KafkaListenerEndpointRegistry registry, ObjectProvider<ServiceCores> cores) {
        super("Kafka listeners not assigned");
        this.registry = registry;
        this.cores = cores;
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
        ServiceCores serviceCores = cores.getIfAvailable();
        if (serviceCores != null) {
            Map<String, Object> core = serviceCores.readiness();
            builder.withDetails(core);
            if (!Boolean.TRUE.equals(core.get("ready"))) {
                waiting.add("core (" + core.get("role") + ")");
            }
        }
        if (waiting.isEmpty()) {
            builder.up();
        } else {
            builder.outOfService().withDetail("waitingFor", waiting);
        }
    }
}
