package kz.civicrelay.platform.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates every relay topic and its dead-letter topic at start-up, and corrects the settings of those
 * that exist ({@code spring.kafka.admin.modify-topic-configs}): the log is the relay's only database,
 * so nothing in it ever expires ({@link #KEEP_FOREVER}); on a cluster, {@code min.insync.replicas} copies
 * hold each acknowledged write ({@link TopicsProperties#minInsyncReplicas()}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TopicsProperties.class)
public class TopicsConfiguration {

    /**
     * Topic settings that keep every record for ever: no time limit and no size limit, and segments are
     * deleted, never compacted (each event is a fact, not the newest value of a key). A broker's
     * defaults (7 days) would delete a running series' first events.
     */
    public static final Map<String, String> KEEP_FOREVER = Map.of(
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.RETENTION_BYTES_CONFIG, "-1",
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);

    /** The topic of the services' leases. */
    public static final String LEASES = "relay.leases";

    /**
     * Unless {@code relay.topics.create=false}: where Kafka is secured the admin creates and corrects the topics
     * ({@code forumctl up}, docker-compose's setup) and a service's principal may neither (decision 0015).
     */
    @Bean
    @ConditionalOnProperty(name = "relay.topics.create", havingValue = "true", matchIfMissing = true)
    KafkaAdmin.NewTopics relayTopics(TopicsProperties properties) {
        return new KafkaAdmin.NewTopics(newTopics(properties).toArray(NewTopic[]::new));
    }

    /** Every relay topic and its dead-letter topic, as configured. */
    public static List<NewTopic> newTopics(TopicsProperties properties) {
        Map<String, String> configs = new HashMap<>(KEEP_FOREVER);
        Short minInsyncReplicas = properties.minInsyncReplicas();
        if (minInsyncReplicas != null) {
            configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(minInsyncReplicas));
        }
        List<NewTopic> topics = new ArrayList<>();
        for (RelayTopic topic : RelayTopic.values()) {
            topics.add(TopicBuilder.name(topic.topicName())
                    .partitions(properties.partitions())
                    .replicas(properties.replicationFactor())
                    .configs(configs)
                    .build());
            topics.add(TopicBuilder.name(topic.deadLetterTopicName())
                    .partitions(properties.partitions())
                    .replicas(properties.replicationFactor())
                    .configs(configs)
                    .build());
        }
        // The single partition whose assignment in each service's lease group makes one instance the one
        // that decides (decision 0014). Nothing is written to it; the holder commits its offset.
        topics.add(TopicBuilder.name(LEASES).partitions(1).replicas(properties.replicationFactor())
                .configs(configs).build());
        return topics;
    }
}
