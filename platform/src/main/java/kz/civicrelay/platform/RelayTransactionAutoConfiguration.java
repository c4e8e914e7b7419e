package kz.civicrelay.platform;

import org.springframework.beans.factory.InitializingBean;
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

import kz.civicrelay.platform.recovery.TransactionFencing;

/**
 * The Kafka transaction manager of the listener containers, with transaction synchronization on.
 * Spring Kafka's default is {@code SYNCHRONIZATION_NEVER}: a listener then cannot see that it runs in
 * the container's transaction, and {@link kz.civicrelay.platform.publish.RelayPublisher} would write a
 * reaction in a transaction of its own, committed apart from the consumed offset (so not exactly-once).
 * With synchronization, a reaction joins the container's transaction, and the service folds it into its
 * state only after that transaction commits. Boot's own transaction manager backs off for this one.
 * <p>
 * The transactional ids come from a fixed pool of {@code relay.transactions.producers} suffixes, and
 * each is fenced once at start ({@link TransactionFencing}), so that a transaction a killed predecessor
 * left open is aborted at once instead of holding up every reader until it times out.
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

    /**
     * Transactional ids {@code <prefix>0} … {@code <prefix>n-1}, reused; at most n transactions at once (a
     * service decides under one lock, so it has its listener's and one command's at a time).
     */
    @Bean
    DefaultKafkaProducerFactoryCustomizer transactionalIdPool(@Value("${relay.transactions.producers:16}") int producers) {
        return factory -> factory.setTransactionIdSuffixStrategy(new DefaultTransactionIdSuffixStrategy(producers));
    }

    /** Runs while the singletons are created, so before the state is rebuilt and the listeners start. */
    @Bean
    InitializingBean transactionFencing(KafkaProperties kafka,
            @Value("${relay.transactions.producers:16}") int producers) {
        String prefix = kafka.getProducer().getTransactionIdPrefix();
        return () -> new TransactionFencing(kafka.buildProducerProperties(), prefix == null ? "" : prefix, producers)
                .fence();
    }
}
