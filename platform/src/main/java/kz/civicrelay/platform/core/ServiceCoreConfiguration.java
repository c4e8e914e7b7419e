package kz.civicrelay.platform.core;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.transaction.KafkaAwareTransactionManager;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.publish.RelayPublisher;

/** The service cores of a transactional relay service (imported by the platform's auto-configuration). */
@Configuration(proxyBeanMethods = false)
public class ServiceCoreConfiguration {

    /**
     * The cores of the service: each fences the pool when it takes its service's lease (not at start: a
     * standby starting beside an active instance must not abort the active one's transactions).
     */
    @Bean
    ServiceCores serviceCores(KafkaProperties kafka, ProducerFactory<?, ?> producerFactory,
            KafkaAwareTransactionManager<?, ?> transactionManager, AfterRollbackProcessor<Object, Object> afterRollback,
            KafkaAdmin admin, KafkaOperations<Object, Object> template, DeadLetterPublishingRecoverer recoverer,
            RelayPublisher publisher, EnvelopeFactory envelopes, Environment environment,
            @Value("${relay.transactions.producers:16}") int producers,
            @Value("${spring.application.name:relay-service}") String service,
            @Value("${relay.instance.id:${spring.application.name:relay-service}}") String instanceId,
            @Value("${relay.lease.session-timeout:2s}") Duration leaseSessionTimeout,
            ObjectProvider<MeterRegistry> meters, ObjectProvider<ObservationRegistry> observations) {
        String prefix = kafka.getProducer().getTransactionIdPrefix();
        var fencing = new TransactionFencing(kafka.buildProducerProperties(), prefix == null ? "" : prefix, producers);
        var plumbing = new ServiceRuntime.Plumbing(kafka.buildConsumerProperties(), producerFactory, transactionManager,
                afterRollback, fencing, service, meters.getIfAvailable(SimpleMeterRegistry::new),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
        return new ServiceCores(plumbing, new ServiceCores.Settings(service, instanceId, leaseSessionTimeout), admin,
                template, recoverer, publisher, envelopes, environment);
    }
}
