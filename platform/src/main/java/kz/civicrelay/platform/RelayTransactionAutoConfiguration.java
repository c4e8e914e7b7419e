package kz.civicrelay.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.context.annotation.Bean;

/**
 * The Kafka transaction manager of the listener containers, with transaction synchronization on.
 * Spring Kafka's default is {@code SYNCHRONIZATION_NEVER}: a listener then cannot see that it runs in
 * the container's transaction, and {@link kz.civicrelay.platform.publish.RelayPublisher} would write a
 * reaction in a transaction of its own, committed apart from the consumed offset (so not exactly-once).
 * With synchronization, a reaction joins the container's transaction, and the service folds it into its
 * state only after that transaction commits. Boot's own transaction manager backs off for this one.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnProperty(name = "spring.kafka.producer.transaction-id-prefix")
public class RelayTransactionAutoConfiguration {

    @Bean
    KafkaTransactionManager<?, ?> kafkaTransactionManager(ProducerFactory<?, ?> producerFactory) {
        var manager = new KafkaTransactionManager<>(producerFactory);
        manager.setTransactionSynchronization(AbstractPlatformTransactionManager.SYNCHRONIZATION_ON_ACTUAL_TRANSACTION);
        return manager;
    }
}
