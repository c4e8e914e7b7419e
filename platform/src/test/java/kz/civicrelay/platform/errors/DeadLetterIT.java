package kz.civicrelay.platform.errors;

import org.junit.jupiter.api.extension.ExtendWith;

import kz.civicrelay.platform.testing.SharedKafkaBroker;

/** The dead-letter contract on the real KRaft broker the build starts from Kafka's Maven artifacts. */
@ExtendWith(SharedKafkaBroker.class)
class DeadLetterIT extends DeadLetterContract {

    @Override
    String bootstrapServers() {
        return SharedKafkaBroker.bootstrapServers();
    }
}
