package kz.civicrelay.forumctl.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * How far each consumer group is behind the committed end of the partitions it reads: the records a
 * service has yet to react to. A group of service {@code s} is named {@code s-…} (e.g. {@code handoff-reactions}).
 */
public final class ConsumerLag implements AutoCloseable {

    private final Admin admin;

    public ConsumerLag(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000));
    }

    /** Lag of every consumer group of the service, by group id; empty if it has none yet. */
    public Map<String, Long> of(RelayService service) {
        try {
            List<String> groups = admin.listConsumerGroups().all().get(5, TimeUnit.SECONDS).stream()
                    .map(g -> g.groupId()).filter(id -> id.startsWith(service.serviceName() + "-")).sorted().toList();
            Map<String, Long> lag = new java.util.TreeMap<>();
            for (String group : groups) {
                lag.put(group, lagOf(group));
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } catch (Exception e) {
            return Map.of();
        }
    }

    private long lagOf(String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(5, TimeUnit.SECONDS);
        long lag = 0;
        for (var entry : ends.entrySet()) {
            OffsetAndMetadata offset = committed.get(entry.getKey());
            lag += Math.max(0, entry.getValue().offset() - (offset == null ? 0 : offset.offset()));
        }
        return lag;
    }

    @Override
    public void close() {
        admin.close();
    }
}
