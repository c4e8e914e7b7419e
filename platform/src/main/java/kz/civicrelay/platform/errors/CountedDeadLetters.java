package kz.civicrelay.platform.errors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The relay's dead-letter publisher, counting what it sends: {@code relay.dead.letters{topic}}, by the topic the
 * bad record came from. Counted when sent: a dead letter sent in a transaction that then aborts (rare: its
 * process died) is counted by that process and sent again by the next.
 */
final class CountedDeadLetters extends DeadLetterPublishingRecoverer {

    private final MeterRegistry meters;

    CountedDeadLetters(KafkaOperations<?, ?> template,
            java.util.function.BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination,
            MeterRegistry meters) {
        super(template, destination);
        this.meters = meters;
    }

    @Override
    protected void publish(ProducerRecord<Object, Object> outRecord, KafkaOperations<Object, Object> kafkaTemplate,
            ConsumerRecord<?, ?> inRecord) {
        super.publish(outRecord, kafkaTemplate, inRecord);
        Counter.builder("relay.dead.letters").description("Records sent to a dead-letter topic, by their own topic")
                .tag("topic", inRecord.topic()).register(meters).increment();
    }
}
