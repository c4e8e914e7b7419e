package kz.civicrelay.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

import kz.civicrelay.platform.errors.DeadLetterConfiguration;
import kz.civicrelay.platform.topics.TopicsConfiguration;

/**
 * What every relay service gets by having the platform on its classpath: the relay topics and
 * dead-letter handling for every listener. Serde and exactly-once settings come from
 * {@code relay-platform.yml}, which each service imports in its {@code application.yml}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@Import({TopicsConfiguration.class, DeadLetterConfiguration.class})
public class RelayPlatformAutoConfiguration {
}
