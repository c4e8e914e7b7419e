package kz.civicrelay.console.stream;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import kz.civicrelay.console.board.RelayBoard;
import kz.civicrelay.console.history.EventSource;
import kz.civicrelay.console.history.History;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * Reads every committed event of the relay topics from the beginning, then follows them: the board
 * is rebuilt from the log on every start, and each new event goes to the live stream. It reads with
 * its own assigned partitions, in no consumer group, and commits nothing: the console only watches.
 * It reads the dead-letter topics as well and shows each record set aside there with its reason. A
 * record of a relay topic that cannot be decoded is skipped here (the services dead-letter it). Each event is filed
 * in the history's index (by the board) and its entry kept among the newest the history serves without reading back.
 */
@Component
public class LogFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LogFollower.class);

    private final RelayBoard board;
    private final LiveStream stream;
    private final Map<String, Object> config;
    private final AtomicBoolean running = new AtomicBoolean();
    private final RecordEntries entries = new RecordEntries();
    private final History history;
    private volatile @Nullable KafkaConsumer<String, byte[]> consumer;
    private volatile boolean caughtUp;
    private volatile @Nullable Thread thread;

    public LogFollower(RelayBoard board, History history, LiveStream stream, KafkaProperties kafka) {
        this.board = board;
        this.history = history;
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
        EventSource.Read read = entries.read(record);
        if (read == null) {
            log.warn("Skipped an undecodable record at {}-{} offset {}", record.topic(), record.partition(),
                    record.offset());
            return;
        }
        SpecificRecord event = read.event();
        Optional<RelayBoard.Folded> folded = RecordEntries.isDeadLetter(record) || event == null
                ? board.foldedDeadLetter(read.entry())
                : board.folded(record.topic(), record.partition(), record.offset(), event);
        folded.ifPresent(shown -> {
            if (caughtUp) {
                // Live events are the newest, which pages ask for most; a replay's are read in no useful order.
                history.remember(shown.row(), shown.entry(), event);
            }
            stream.publish(shown.row(), shown.entry());
        });
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
