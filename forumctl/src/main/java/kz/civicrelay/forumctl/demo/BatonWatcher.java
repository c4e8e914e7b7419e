package kz.civicrelay.forumctl.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.SeriesCompleted;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.reference.Region;
import kz.civicrelay.reference.Regions;
import kz.civicrelay.schemas.serde.AvroEventDeserializer;

/**
 * Follows the handoff and scheduling topics from now on (committed events only) and prints each
 * handoff of the series in Kazakh, Russian and English as it is appended.
 */
public final class BatonWatcher implements AutoCloseable {

    private final List<BatonPassed> handoffs = new CopyOnWriteArrayList<>();
    private final List<SeriesCompleted> completions = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    public BatonWatcher(String bootstrapServers, String seriesId, PrintStream out) {
        this(bootstrapServers, Map.of(), seriesId, out);
    }

    /** @param client further client settings: a principal's SASL ones on a secured Kafka (decision 0015) */
    public BatonWatcher(String bootstrapServers, Map<String, Object> client, String seriesId, PrintStream out) {
        Map<String, Object> config = new java.util.HashMap<>(client);
        config.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        KafkaConsumer<String, SpecificRecord> consumer = new KafkaConsumer<>(config,
                new StringDeserializer(), new AvroEventDeserializer());
        List<TopicPartition> partitions = EventLogReplay.partitions(consumer,
                List.of(RelayTopic.HANDOFF.topicName(), RelayTopic.SCHEDULING.topicName()));
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(() -> {
            try (consumer) {
                while (running.get()) {
                    for (var record : consumer.poll(Duration.ofMillis(200))) {
                        SpecificRecord event = record.value();
                        if (event instanceof BatonPassed baton && seriesId.equals(baton.getEnvelope().getSeriesId())) {
                            handoffs.add(baton);
                            out.println(describe(baton));
                        } else if (event instanceof SeriesCompleted done
                                && seriesId.equals(done.getEnvelope().getSeriesId())) {
                            completions.add(done);
                        }
                    }
                }
            }
        }, "baton-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    public List<BatonPassed> handoffs() {
        return List.copyOf(handoffs);
    }

    public boolean seriesCompleted() {
        return !completions.isEmpty();
    }

    static String describe(BatonPassed baton) {
        Region from = Regions.byCode(baton.getFromRegionCode());
        Region to = Regions.byCode(baton.getToRegionCode());
        return String.format("  ⟶ handoff %2d: %s → %s | %s → %s | %s → %s", baton.getHandoffNumber(),
                from.name().kk(), to.name().kk(), from.name().ru(), to.name().ru(), from.name().en(), to.name().en());
    }

    @Override
    public void close() {
        running.set(false);
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
