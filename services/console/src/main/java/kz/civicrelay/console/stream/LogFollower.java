package kz.civicrelay.console.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

import kz.civicrelay.console.board.EventEntry;
import kz.civicrelay.console.board.PersonalData;
import kz.civicrelay.console.board.RelayBoard;
import kz.civicrelay.platform.audit.LenientEventDeserializer;
import kz.civicrelay.platform.errors.DeadLetterConfiguration;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * Reads every committed event of the relay topics from the beginning, then follows them: the board
 * is rebuilt from the log on every start, and each new event goes to the live stream. It reads with
 * its own assigned partitions, in no consumer group, and commits nothing: the console only watches.
 * It reads the dead-letter topics as well and shows each record set aside there with its reason. A
 * record of a relay topic that cannot be decoded is skipped here (the services dead-letter it).
 */
@Component
public class LogFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LogFollower.class);

    private final RelayBoard board;
    private final LiveStream stream;
    private final Map<String, Object> config;
    private final AtomicBoolean running = new AtomicBoolean();
    private final LenientEventDeserializer events = new LenientEventDeserializer();
    private volatile @Nullable KafkaConsumer<String, byte[]> consumer;
    private volatile boolean caughtUp;
    private volatile @Nullable Thread thread;

    public LogFollower(RelayBoard board, LiveStream stream, KafkaProperties kafka) {
        this.board = board;
        this.stream = stream;
        this.config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
    }

    @Override
    public void start() {
        if (running.compareAndSet(false, true)) {
            Thread follower = new Thread(this::follow, "console-log-follower");
            follower.setDaemon(true);
            thread = follower;
            follower.start();
        }
    }

    @Override
    public void stop() {
        if (running.compareAndSet(true, false)) {
            KafkaConsumer<String, byte[]> current = consumer;
            if (current != null) {
                current.wakeup();
            }
            Thread follower = thread;
            try {
                if (follower != null) {
                    follower.join(Duration.ofSeconds(10).toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    /** True once everything committed when the console started has been read. */
    public boolean caughtUp() {
        return caughtUp;
    }

    private void follow() {
        while (running.get()) {
            try (var reader = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer = reader;
                List<TopicPartition> partitions = EventLogReplay.partitions(reader, Arrays.stream(RelayTopic.values())
                        .flatMap(t -> Stream.of(t.topicName(), t.deadLetterTopicName())).toList());
                reader.assign(partitions);
                reader.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = reader.endOffsets(partitions);
                while (running.get()) {
                    for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(500))) {
                        take(record);
                    }
                    caughtUp = caughtUp || EventLogReplay.reached(reader, end);
                }
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                log.warn("Reading the relay topics failed; starting over in 2 s (events already folded are kept once)", e);
                pause();
            }
        }
    }

    private void take(ConsumerRecord<String, byte[]> record) {
        if (record.topic().endsWith(".DLT")) {
            String originalTopic = header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
            board.deadLetter(EventEntry.deadLetter(record.topic(), record.partition(), record.offset(),
                    Instant.ofEpochMilli(record.timestamp()).toString(), record.key(),
                    header(record, DeadLetterConfiguration.REASON_HEADER),
                    header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP), originalTopic,
                    personalDataOf(record, originalTopic))).ifPresent(stream::publish);
            return;
        }
        SpecificRecord event = record.value() == null ? null : events.deserialize(record.topic(), record.value());
        if (event == null) {
            log.warn("Skipped an undecodable record at {}-{} offset {}", record.topic(), record.partition(),
                    record.offset());
            return;
        }
        board.apply(record.topic(), record.partition(), record.offset(), event).ifPresent(stream::publish);
    }

    /**
     * The personal data of a dead letter that is still an event (a service refused it for what it says, not for
     * its bytes), so that its reason, which may quote it, is withheld like the event would be.
     */
    private @Nullable PersonalData personalDataOf(ConsumerRecord<String, byte[]> record, @Nullable String originalTopic) {
        if (record.value() == null) {
            return null;
        }
        SpecificRecord event = events.deserialize(originalTopic == null ? record.topic() : originalTopic, record.value());
        return event == null ? null : PersonalData.of(event);
    }

    private static @Nullable String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
