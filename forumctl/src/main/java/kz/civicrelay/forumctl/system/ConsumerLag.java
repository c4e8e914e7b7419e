package kz.civicrelay.forumctl.system;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import kz.civicrelay.platform.metrics.GroupLag;

/**
 * How far each consumer group is behind the committed end of the partitions it reads: the records a
 * service has yet to react to. A group of service {@code s} is named {@code s-…} (e.g. {@code handoff-reactions}).
 * Three requests to the broker in all, whatever the number of groups ({@link GroupLag}). The figure counts offsets,
 * and the commit markers of transactions not yet read take offsets too: it is 0 exactly when a group is caught up.
 */
public final class ConsumerLag implements AutoCloseable {

    private static final int WAIT_SECONDS = 3;

    private final Admin admin;

    public ConsumerLag(String bootstrapServers) {
        this(bootstrapServers, Map.of());
    }

    /** @param client further client settings: {@code admin}'s SASL ones on a secured cluster (decision 0015) */
    public ConsumerLag(String bootstrapServers, Map<String, Object> client) {
        Map<String, Object> config = new HashMap<>(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000));
        config.putAll(client);
        this.admin = Admin.create(config);
    }

    /** Lag of every consumer group of each service, by group id; empty where it has none yet or the broker did not say. */
    public Map<RelayService, Map<String, Long>> ofEveryService() {
        Map<RelayService, Map<String, Long>> lag = new EnumMap<>(RelayService.class);
        for (RelayService service : RelayService.values()) {
            lag.put(service, new TreeMap<>());
        }
        try {
            List<String> groups = new ArrayList<>();
            for (var listing : admin.listConsumerGroups().all().get(WAIT_SECONDS, TimeUnit.SECONDS)) {
                if (serviceOf(listing.groupId()) != null) {
                    groups.add(listing.groupId());
                }
            }
            if (groups.isEmpty()) {
                return lag;
            }
            GroupLag.byTopic(admin, groups, TimeUnit.SECONDS.toMillis(WAIT_SECONDS)).forEach((group, byTopic) -> {
                RelayService service = serviceOf(group);
                if (service != null) {
                    lag.computeIfAbsent(service, s -> new TreeMap<>()).put(group,
                            byTopic.values().stream().mapToLong(Long::longValue).sum());
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // the broker did not answer in time: no lag to show this once
        }
        return lag;
    }

    private static @org.jspecify.annotations.Nullable RelayService serviceOf(String groupId) {
        return List.of(RelayService.values()).stream().filter(s -> groupId.startsWith(s.serviceName() + "-"))
                .findFirst().orElse(null);
    }

    @Override
    public void close() {
        admin.close();
    }
}
