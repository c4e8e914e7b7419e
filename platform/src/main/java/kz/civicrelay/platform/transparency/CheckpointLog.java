package kz.civicrelay.platform.transparency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import kz.civicrelay.events.AuditCheckpoint;
import kz.civicrelay.platform.audit.LenientEventDeserializer;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.schemas.serde.AvroEventSerializer;

/**
 * {@code relay.audit} as the audit reads and writes it: every committed {@link AuditCheckpoint}, and a new
 * checkpoint's events appended in one transaction (key: {@code <topic>/<partition>}, so a partition's checkpoints
 * stay in order), by the auditor's principal.
 */
public final class CheckpointLog {

    /** The auditor's transactional id: one writer of checkpoints at a time (a second is fenced). */
    public static final String TRANSACTIONAL_ID = "auditor-tx-checkpoints";

    private CheckpointLog() {
    }

    /** Every checkpoint event on {@code relay.audit}, in log order; none when the topic does not exist yet. */
    public static List<AuditCheckpoint> readAll(Map<String, Object> clientConfig) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, LenientEventDeserializer.class);
        List<AuditCheckpoint> checkpoints = new ArrayList<>();
        for (ConsumerRecord<String, SpecificRecord> record : new EventLogReplay(config)
                .readAll(List.of(RelayTopic.AUDIT.topicName()))) {
            if (record.value() instanceof AuditCheckpoint checkpoint) {
                checkpoints.add(checkpoint);
            }
        }
        return checkpoints;
    }

    /** Appends the events of new checkpoints, all in one transaction. */
    public static void append(Map<String, Object> clientConfig, List<AuditCheckpoint> events) {
        if (events.isEmpty()) {
            return;
        }
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, TRANSACTIONAL_ID);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1_000_000);
        try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(config, new StringSerializer(),
                new AvroEventSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (AuditCheckpoint event : events) {
                producer.send(new ProducerRecord<>(RelayTopic.AUDIT.topicName(), key(event), event));
            }
            producer.commitTransaction();
        }
    }

    static String key(AuditCheckpoint event) {
        return event.getTopic() + "/" + event.getPartition();
    }

    /** The partitions of the given topics, as the broker has them now. */
    public static List<TopicPartition> partitions(Map<String, Object> clientConfig, List<String> topics) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(EventLogReplay.readerConfig(config))) {
            return EventLogReplay.partitions(consumer, topics);
        }
    }
}
