package kz.civicrelay.platform.topics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the relay's topics are created: {@code relay.topics.partitions} and
 * {@code relay.topics.replication-factor} (1 on the embedded single broker, 3 on a cluster).
 */
@ConfigurationProperties("relay.topics")
public record TopicsProperties(Integer partitions, Short replicationFactor) {

    public TopicsProperties {
        partitions = partitions == null ? 3 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
    }
}
