package kz.civicrelay.platform.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KraftBrokerIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepTheLogWhenTheBrokerRestartsOnTheSameDataFolder() throws Exception {
        BrokerSettings settings = BrokerSettings.onFreePorts(dataDir);
        try (KraftBroker broker = KraftBroker.start(settings)) {
            broker.createTopics(List.of(new NewTopic("relay.probe", 1, (short) 1)));
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("relay.probe", "KZ-33", "Жетісу → Алматы: эстафета өтті ә ғ қ ң ө ұ ү һ і")).get();
            }
        }

        try (KraftBroker restarted = KraftBroker.start(settings)) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", restarted.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get()).contains("relay.probe");
            }
            assertThat(readAll(restarted.bootstrapServers(), "relay.probe"))
                    .containsExactly("Жетісу → Алматы: эстафета өтті ә ғ қ ң ө ұ ү һ і");
        }
    }

    private static List<String> readAll(String bootstrap, String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(new String(
                        r.value().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
            }
            return values;
        }
    }
}
