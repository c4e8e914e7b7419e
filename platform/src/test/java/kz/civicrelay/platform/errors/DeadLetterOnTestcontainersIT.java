package kz.civicrelay.platform.errors;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same dead-letter contract on a Kafka broker in a container, for machines with a Docker engine.
 * Skipped (not failed) where no Docker engine runs; {@link DeadLetterIT} covers the contract there.
 */
@Testcontainers(disabledWithoutDocker = true)
class DeadLetterOnTestcontainersIT extends DeadLetterContract {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.2.1");

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    @Override
    String bootstrapServers() {
        return KAFKA.getBootstrapServers();
    }
}
