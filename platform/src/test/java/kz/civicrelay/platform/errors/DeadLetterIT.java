package kz.civicrelay.platform.errors;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kz.civicrelay.platform.testing.SharedKafkaBroker;

/** The dead-letter contract on the real KRaft broker the build starts from Kafka's Maven artifacts. */
@ExtendWith(SharedKafkaBroker.class)
class DeadLetterIT extends DeadLetterContract {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedKafkaBroker::bootstrapServers);
    }

    @Override
    String bootstrapServers() {
        return SharedKafkaBroker.bootstrapServers();
    }
}
