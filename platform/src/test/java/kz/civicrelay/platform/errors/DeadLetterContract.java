package kz.civicrelay.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;

import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ForumCancelled;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.schemas.serde.AvroEventSerializer;

/**
 * A listener with the platform's error handling, in a transactional container as the services run
 * it. Tried: garbage bytes, bytes with an unknown schema fingerprint, and an event whose handling
 * fails every time; each ends on relay.scheduling.DLT with its reason, and the good record sent
 * after them is processed once. Runs on the Maven-started broker ({@link DeadLetterIT}) and, where
 * Docker exists, on Testcontainers ({@link DeadLetterOnTestcontainersIT}).
 */
@SpringBootTest(classes = DeadLetterContract.ProbeApplication.class, properties = {
        "spring.config.import=classpath:relay-platform.yml",
        "spring.kafka.producer.transaction-id-prefix=dlt-probe-tx-",
        "relay.dead-letter.interval=50ms"})
abstract class DeadLetterContract {

    private static final String TOPIC = "relay.scheduling";
    private static final String KEY = "forum-07-kz-39";

    /** The broker this run talks to. */
    abstract String bootstrapServers();

    @Autowired
    Probe probe;

    private final EnvelopeFactory envelopes = new EnvelopeFactory("scheduling", Clock.systemUTC());

    @Test
    void shouldSendWhatCannotBeDecodedOrHandledToTheDeadLetterTopicAndGoOn() throws Exception {
        byte[] garbage = "{\"forum\": \"not avro\"}".getBytes(StandardCharsets.UTF_8);
        byte[] unknownFingerprint = unknownSchemaBytes();
        ForumCancelled poison = ForumCancelled.newBuilder()
                .setEnvelope(envelopes.forCommand("series-dlt", KEY, operator()))
                .setReason(new LocalizedText("улы хабар", "ядовитое сообщение", "poison"))
                .build();
        ForumConvened good = ForumConvened.newBuilder()
                .setEnvelope(envelopes.forCommand("series-dlt", KEY, operator()))
                .setPosition(7).setRegionCode("KZ-39").build();

        sendRaw(garbage);
        sendRaw(unknownFingerprint);
        sendRaw(new AvroEventSerializer().serialize(TOPIC, poison));
        sendRaw(new AvroEventSerializer().serialize(TOPIC, good));

        await().atMost(Duration.ofSeconds(60)).until(() -> probe.handled.contains(good));
        List<ConsumerRecord<String, byte[]>> dead = readDeadLetters(3);

        assertThat(dead).extracting(r -> header(r, DeadLetterConfiguration.REASON_HEADER))
                .anySatisfy(m -> assertThat(m).contains("Not an Avro single-object encoded event"))
                .anySatisfy(m -> assertThat(m).contains("Unknown schema fingerprint"))
                .anySatisfy(m -> assertThat(m).contains("cannot handle a cancellation"));
        assertThat(dead).extracting(r -> header(r, KafkaHeaders.DLT_ORIGINAL_TOPIC)).containsOnly(TOPIC);
        assertThat(dead.get(0).value()).as("undecodable bytes are kept as they came").isEqualTo(garbage);
        assertThat(probe.attemptsOnPoison.get()).as("bounded retries: 3 attempts").isEqualTo(3);
        assertThat(probe.handled).containsExactly(good);
    }

    private static Actor operator() {
        return new Actor(ActorKind.OPERATOR, "operator-dana", "Дана", null);
    }

    private static byte[] unknownSchemaBytes() throws Exception {
        Schema stranger = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"Stranger\",\"fields\":[{\"name\":\"ә\",\"type\":\"string\"}]}"
                        .replace("ә", "note"));
        GenericRecord record = new GenericRecordBuilder(stranger).set("note", "белгісіз").build();
        var buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), stranger).encode(record);
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private void sendRaw(byte[] value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, KEY, value)).get();
        }
    }

    private List<ConsumerRecord<String, byte[]>> readDeadLetters(int expected) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC + ".DLT"));
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (records.size() < expected && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(records::add);
            }
            return records;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @SpringBootApplication
    static class ProbeApplication {
        @Bean
        Probe probe() {
            return new Probe();
        }
    }

    static class Probe {
        final List<SpecificRecord> handled = new CopyOnWriteArrayList<>();
        final AtomicInteger attemptsOnPoison = new AtomicInteger();

        @KafkaListener(topics = TOPIC, groupId = "dlt-probe")
        void on(SpecificRecord event) {
            if (event instanceof ForumCancelled) {
                attemptsOnPoison.incrementAndGet();
                throw new IllegalStateException("Probe cannot handle a cancellation");
            }
            handled.add(event);
        }
    }
}
