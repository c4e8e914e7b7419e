package kz.civicrelay.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultTransactionIdSuffixStrategy;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import kz.civicrelay.platform.core.ServiceCoreConfiguration;
import kz.civicrelay.platform.core.TransactionFencing;


/**
 * The Kafka transaction manager of the listener containers, with transaction synchronization on.
 * Spring Kafka's default is {@code SYNCHRONIZATION_NEVER}: a listener then cannot see that it runs in
 * the container's transaction, and {@link kz.civicrelay.platform.publish.RelayPublisher} would write a
 * reaction in a transaction of its own, committed apart from the consumed offset (so not exactly-once).
 * With synchronization, a reaction joins the container's transaction, and the service folds it into its
 * state only after that transaction commits. Boot's own transaction manager backs off for this one.
 * <p>
 * The transactional ids come from a fixed pool of {@code relay.transactions.producers} suffixes, shared by
 * every instance of the service; the instance that takes the service's lease fences the whole pool
 * ({@link TransactionFencing}), so what a predecessor left open is aborted at once and a predecessor that
 * lost the lease can never commit again.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnProperty(name = "spring.kafka.producer.transaction-id-prefix")
@Import(ServiceCoreConfiguration.class)
public class RelayTransactionAutoConfiguration {

    @Bean
    KafkaTransactionManager<?, ?> kafkaTransactionManager(ProducerFactory<?, ?> producerFactory) {
        var manager = new KafkaTransactionManager<>(producerFactory);
        manager.setTransactionSynchronization(AbstractPlatformTransactionManager.SYNCHRONIZATION_ON_ACTUAL_TRANSACTION);
        return manager;
    }

    /**
     * Transactional ids {@code <prefix>0} … {@code <prefix>n-1}, reused; at most n transactions at once (a
     * service decides under one lock, so it has its listener's and one command's at a time).
     */
    @Bean
    DefaultKafkaProducerFactoryCustomizer transactionalIdPool(@Value("${relay.transactions.producers:16}") int producers) {
        return factory -> factory.setTransactionIdSuffixStrategy(new DefaultTransactionIdSuffixStrategy(producers));
    }
}
