package kz.civicrelay.platform.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.civicrelay.platform.log.EventLogReplay;

/**
 * Reads a service's topics from their beginning and keeps following them, committed records only, in
 * steps: each step takes the end of the service's own topics first and then of the upstream topics, reads
 * up to them, and hands the records over in the order they were appended (by timestamp). Because an own
 * event is only ever written after the upstream event it reacts to was committed, a step that holds an own
 * event also holds its cause. The first step is the rebuild on start; the following ones keep a standby's
 * state current and let a new active instance catch up before it decides.
 */
final class LogFollower implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LogFollower.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration IDLE_POLL = Duration.ofMillis(250);

    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaClientMetrics clientMetrics;
    private final List<String> ownTopics;
    private final List<String> upstreamTopics;
    private final Consumer<List<ConsumerRecord<String, byte[]>>> sink;
    private final ConcurrentLinkedQueue<CompletableFuture<Void>> waiting = new ConcurrentLinkedQueue<>();
    private final List<ConsumerRecord<String, byte[]>> ahead = new ArrayList<>();
    private List<TopicPartition> own = List.of();
    private List<TopicPartition> upstream = List.of();
    private volatile boolean running;
    private final Thread thread;

    LogFollower(Map<String, Object> consumerConfig, List<String> ownTopics, List<String> upstreamTopics,
            Consumer<List<ConsumerRecord<String, byte[]>>> sink, String clientId, MeterRegistry meters) {
        Map<String, Object> config = EventLogReplay.readerConfig(consumerConfig);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        this.clientMetrics = new KafkaClientMetrics(consumer);
        clientMetrics.bindTo(meters);
        this.ownTopics = List.copyOf(ownTopics);
        this.upstreamTopics = List.copyOf(upstreamTopics);
        this.sink = sink;
        this.thread = new Thread(this::follow, clientId);
        this.thread.setDaemon(true);
    }

    /** Assigns every partition and reads everything committed so far; returns how many records it read. */
    int rebuild() {
        own = EventLogReplay.awaitPartitions(consumer, ownTopics, Duration.ofSeconds(30));
        upstream = EventLogReplay.awaitPartitions(consumer, upstreamTopics, Duration.ofSeconds(30));
        List<TopicPartition> all = new ArrayList<>(own);
        all.addAll(upstream);
        consumer.assign(all);
        consumer.seekToBeginning(all);
        return step();
    }

    /** Every partition of the upstream topics (known once {@link #rebuild} ran). */
    List<TopicPartition> upstreamPartitions() {
        return upstream;
    }

    /** Keeps following the log on a thread of its own. */
    void start() {
        running = true;
        thread.start();
    }

    /** Completes once everything committed before this call has been handed over. */
    CompletableFuture<Void> caughtUp() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        waiting.add(done);
        consumer.wakeup();
        return done;
    }

    private void follow() {
        while (running) {
            try {
                if (ahead.isEmpty() && waiting.isEmpty()) {
                    // Idle: wait for records rather than asking the brokers for the topics' ends each round.
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(IDLE_POLL)) {
                        ahead.add(record);
                    }
                } else {
                    step();
                }
            } catch (WakeupException e) {
                // a catch-up was asked for: the next step starts now
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Following the log failed; trying again: {}", e.toString());
                    sleep();
                }
            }
        }
        consumer.close(Duration.ofSeconds(2));
    }

    /** One step: the ends of own topics, then of upstream topics; every record before them, in append order. */
    private int step() {
        int asked = waiting.size();
        Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(own));
        end.putAll(consumer.endOffsets(upstream));
        while (!EventLogReplay.reached(consumer, end)) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                ahead.add(record); // kept across a wakeup: nothing read is lost
            }
        }
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
        List<ConsumerRecord<String, byte[]>> later = new ArrayList<>();
        ahead.forEach(record -> (before(record, end) ? batch : later).add(record));
        ahead.clear();
        ahead.addAll(later);
        batch.sort(Comparator.comparingLong(ConsumerRecord<String, byte[]>::timestamp));
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
        for (int i = 0; i < asked; i++) {
            CompletableFuture<Void> served = waiting.poll();
            if (served != null) {
                served.complete(null);
            }
        }
        return batch.size();
    }

    private static boolean before(ConsumerRecord<?, ?> record, Map<TopicPartition, Long> end) {
        return record.offset() < end.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L);
    }

    @Override
    public void close() {
        running = false;
        PollingThreads.stop(thread, consumer);
        clientMetrics.close();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
