package kz.civicrelay.platform.errors;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.util.backoff.FixedBackOff;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import kz.civicrelay.platform.core.StandbyException;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * What every listener gets when a record cannot be decoded or handled: bounded retries (none for
 * undecodable bytes), then the record goes to {@code <topic>.DLT}, same partition, with the reason in
 * the {@value #REASON_HEADER} header beside Spring's {@code kafka_dlt-*} headers, and the listener
 * moves on.
 *
 * <p>In a transactional container (the services' way) the {@link DefaultAfterRollbackProcessor}
 * publishes the dead letter and commits the failed record's offset in one Kafka transaction, through
 * the application's own template. Without transactions the {@link DefaultErrorHandler} does it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadLetterProperties.class)
public class DeadLetterConfiguration {

    /** Header with the root cause of the failure, in plain words. */
    public static final String REASON_HEADER = "relay-dlt-reason";

    /**
     * Lets the application's producer also write the raw bytes of undecodable records to a DLT; every
     * other value goes through the serializer configured in {@code spring.kafka.producer.value-serializer}.
     */
    @Bean
    DefaultKafkaProducerFactoryCustomizer deadLetterCapableValueSerializer(KafkaProperties kafka) {
        return factory -> {
            Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
            byType.put(byte[].class, new ByteArraySerializer());
            byType.put(Object.class, configuredValueSerializer(kafka));
            @SuppressWarnings("unchecked")
            var typed = (DefaultKafkaProducerFactory<Object, Object>) factory;
            typed.setValueSerializer(new DelegatingByTypeSerializer(byType, true));
        };
    }

    @Bean
    DeadLetterPublishingRecoverer deadLetterPublishingRecoverer(KafkaOperations<Object, Object> template,
            ObjectProvider<MeterRegistry> meters) {
        var recoverer = new CountedDeadLetters(template, DeadLetterConfiguration::deadLetterPartition,
                meters.getIfAvailable(SimpleMeterRegistry::new));
        recoverer.addHeadersFunction((record, exception) -> new RecordHeaders(new RecordHeader[] {
                new RecordHeader(REASON_HEADER, reason(exception).getBytes(StandardCharsets.UTF_8))}));
        return recoverer;
    }

    @Bean
    AfterRollbackProcessor<Object, Object> relayAfterRollbackProcessor(DeadLetterPublishingRecoverer recoverer,
            KafkaOperations<Object, Object> template, DeadLetterProperties properties) {
        var processor = new DefaultAfterRollbackProcessor<Object, Object>(recoverer, backOff(properties), template,
                template.isTransactional());
        // An instance that stepped down mid-reaction retries the record until its listener stops; it is never
        // dead-lettered: the active instance reacts to it (decision 0014).
        processor.setBackOffFunction((record, exception) -> standingBy(exception)
                ? new FixedBackOff(properties.interval().toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS) : null);
        return processor;
    }

    @Bean
    @ConditionalOnExpression("'${spring.kafka.producer.transaction-id-prefix:}' == ''")
    CommonErrorHandler relayErrorHandler(DeadLetterPublishingRecoverer recoverer, DeadLetterProperties properties) {
        return new DefaultErrorHandler(recoverer, backOff(properties));
    }

    static boolean standingBy(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StandbyException) {
                return true;
            }
        }
        return false;
    }

    static TopicPartition deadLetterPartition(ConsumerRecord<?, ?> record, Exception exception) {
        return new TopicPartition(record.topic() + RelayTopic.DEAD_LETTER_SUFFIX, record.partition());
    }

    static String reason(Throwable exception) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(exception);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Serializer<?> configuredValueSerializer(KafkaProperties kafka) {
        Class<?> type = kafka.getProducer().getValueSerializer();
        if (type == null) {
            throw new IllegalStateException("spring.kafka.producer.value-serializer is not set");
        }
        return (Serializer<?>) BeanUtils.instantiateClass(type);
    }

    private static FixedBackOff backOff(DeadLetterProperties properties) {
        return new FixedBackOff(properties.interval().toMillis(), Math.max(0, properties.attempts() - 1));
    }
}
