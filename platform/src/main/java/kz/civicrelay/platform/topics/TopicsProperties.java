package kz.civicrelay.platform.topics;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * How the relay's topics are created: {@code relay.topics.partitions}, {@code relay.topics.replication-factor}
 * (1 on the embedded single broker, 3 on a cluster) and {@code relay.topics.min-insync-replicas} (2 on a
 * cluster: a write is acknowledged once two copies hold it).
 *
 * @param minInsyncReplicas written on every topic as {@code min.insync.replicas} and corrected on those that
 *                          exist; when not set, the topics carry no such setting of their own and take the
 *                          broker's (1 on the embedded broker, 2 on the relay's cluster), so a service started
 *                          without it never lowers a cluster's topics to 1
 */
@ConfigurationProperties("relay.topics")
public record TopicsProperties(Integer partitions, Short replicationFactor, @Nullable Short minInsyncReplicas) {

    @ConstructorBinding
    public TopicsProperties {
        partitions = partitions == null ? 3 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        if (minInsyncReplicas != null && (minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor)) {
            throw new IllegalArgumentException("relay.topics.min-insync-replicas must be 1.." + replicationFactor
                    + " (the replication factor), was " + minInsyncReplicas);
        }
    }

    /** Without a min.insync.replicas of the topics' own: the broker's applies. */
    public TopicsProperties(Integer partitions, Short replicationFactor) {
        this(partitions, replicationFactor, null);
    }
}
