package kz.civicrelay.platform.topics;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Creates every relay topic and its dead-letter topic at start-up, if they do not exist yet. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TopicsProperties.class)
public class TopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics relayTopics(TopicsProperties properties) {
        return new KafkaAdmin.NewTopics(newTopics(properties).toArray(NewTopic[]::new));
    }

    /** Every relay topic and its dead-letter topic, as configured. */
    public static List<NewTopic> newTopics(TopicsProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (RelayTopic topic : RelayTopic.values()) {
            topics.add(TopicBuilder.name(topic.topicName())
                    .partitions(properties.partitions())
                    .replicas(properties.replicationFactor())
                    .build());
            topics.add(TopicBuilder.name(topic.deadLetterTopicName())
                    .partitions(properties.partitions())
                    .replicas(properties.replicationFactor())
                    .build());
        }
        return topics;
    }
}
