package kz.civicrelay.e2e.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One hop of the plain-client probe ({@link TransactionalHopsProbe}), in a JVM of its own as each relay
 * service is: a transactional consume-process-produce loop on kafka-clients alone, run the way Spring Kafka's
 * listener container runs the relay's record listeners with a {@code KafkaTransactionManager}
 * ({@code KafkaMessageListenerContainer.invokeRecordListenerInTx}, spring-kafka 4.1.1): for every record of a
 * poll, one transaction that holds what the record leads to and the record's offset
 * ({@code sendOffsetsToTransaction} with the consumer's group metadata), committed before the next record.
 * The client settings are the relay services' ({@link #consumerConfig}, {@link #producerConfig}).
 *
 * <p>Arguments: bootstrap servers, the hop's name (its group, static member id and transactional id), the
 * topic it reads, the topic it writes ({@code -}: none, a bystander that only commits each record's offset in
 * a transaction, as registration and resolution do with a {@code ForumCompleted}), and the topic of the extra
 * records it writes when a record asks for them in the {@value #FANOUT_HEADER} header ({@code -}: never). Each output record carries the input
 * record's headers and its append time in the header {@value #APPENDED_PREFIX}{@code <input topic>}.
 *
 * <p>Prints {@code READY} once it holds its partitions. On its standard input, a line {@code RESET} forgets
 * the step timings so far (the end of the warm-up); at the end of its input it prints the step timings, a
 * line {@code STATS …} each, and exits (also when the JVM that started it dies).
 */
final class ProbeHop {

    /** How many extra records the first hop writes for this record (the relay's 20 notifications). */
    static final String FANOUT_HEADER = "probe-fanout";
    /** Followed by a topic name: the append time (CreateTime, epoch ms) of the record read from that topic. */
    static final String APPENDED_PREFIX = "probe-appended-";
    /** Spring Kafka's default poll timeout (ContainerProperties.DEFAULT_POLL_TIMEOUT); the relay sets none. */
    static final Duration POLL_TIMEOUT = Duration.ofSeconds(5);
    static final int VALUE_BYTES = 300;

    private ProbeHop() {
    }

    /** The relay services' consumer settings (relay-platform.yml and the platform's consumer customizer). */
    static Map<String, Object> consumerConfig(String bootstrapServers, String group) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Static membership on the classic protocol, session 10 s (decision 0012).
        config.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, group);
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10000);
        // fetch.max.wait.ms, fetch.min.bytes, max.poll.records: Kafka's defaults, as in the services.
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }

    /** The relay services' producer settings (relay-platform.yml). */
    static Map<String, Object> producerConfig(String bootstrapServers, String transactionalId) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 10);
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 10000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return config;
    }

    public static void main(String[] args) {
        if (args.length != 5) {
            System.err.println("usage: ProbeHop <bootstrap> <name> <in topic> <out topic> <side topic or ->");
            System.exit(2);
        }
        String bootstrap = args[0];
        String name = args[1];
        String in = args[2];
        String out = args[3].equals("-") ? null : args[3];
        String side = args[4].equals("-") ? null : args[4];
        try {
            new Loop(bootstrap, name, in, out, side).run();
            System.exit(0);
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
            System.out.flush();
            System.exit(1);
        }
    }

    private static final class Loop {

        private final String in;
        private final String out;
        private final String side;
        private final KafkaConsumer<String, byte[]> consumer;
        private final KafkaProducer<String, byte[]> producer;
        private volatile boolean running = true;
        private volatile boolean reset;
        private final Map<String, Steps> steps = new HashMap<>();

        Loop(String bootstrap, String name, String in, String out, String side) {
            this.in = in;
            this.out = out;
            this.side = side;
            this.consumer = new KafkaConsumer<>(consumerConfig(bootstrap, name));
            this.producer = new KafkaProducer<>(producerConfig(bootstrap, name + "-tx-0"));
        }

        void run() {
            Thread input = new Thread(this::readInput, "probe-hop-input");
            input.setDaemon(true);
            input.start();
            producer.initTransactions();
            consumer.subscribe(List.of(in), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    if (!partitions.isEmpty()) {
                        System.out.println("READY " + partitions.size() + " partitions");
                        System.out.flush();
                    }
                }

                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }
            });
            try {
                while (running) {
                    var records = consumer.poll(POLL_TIMEOUT);
                    long polledAt = System.currentTimeMillis();
                    if (reset) {
                        steps.clear();
                        reset = false;
                    }
                    for (ConsumerRecord<String, byte[]> record : records) {
                        handle(record, polledAt);
                    }
                }
            } catch (WakeupException e) {
                // end of input: stop
            }
            steps.forEach((variant, s) -> s.print(variant));
            System.out.flush();
            producer.close(Duration.ofSeconds(5));
            consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(5)));
        }

        /** One record, one transaction: the output records and the record's offset, committed together. */
        private void handle(ConsumerRecord<String, byte[]> record, long polledAt) {
            int fanout = side == null ? 0 : fanout(record);
            long start = System.nanoTime();
            producer.beginTransaction();
            try {
                RecordHeaders headers = new RecordHeaders(record.headers().toArray());
                headers.add(APPENDED_PREFIX + in, ByteBuffer.allocate(Long.BYTES).putLong(record.timestamp()).array());
                if (out != null) {
                    producer.send(new ProducerRecord<>(out, null, record.key(), record.value(), headers));
                }
                for (int i = 0; i < fanout; i++) {
                    producer.send(new ProducerRecord<>(side, "region-" + i, new byte[VALUE_BYTES]));
                }
                long sent = System.nanoTime();
                producer.sendOffsetsToTransaction(
                        Map.of(new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1)),
                        consumer.groupMetadata());
                long offsets = System.nanoTime();
                producer.commitTransaction();
                long committed = System.nanoTime();
                steps.computeIfAbsent(fanout(record) > 0 ? "handoff-shaped" : "plain", v -> new Steps())
                        .add(polledAt - record.timestamp(), sent - start, offsets - sent, committed - offsets);
            } catch (RuntimeException e) {
                producer.abortTransaction();
                throw e;
            }
        }

        private void readInput() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.strip().equals("RESET")) {
                        reset = true;
                    }
                }
            } catch (IOException e) {
                // the starting JVM is gone: stop as at the end of input
            }
            running = false;
            consumer.wakeup();
        }
    }

    static int fanout(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(FANOUT_HEADER);
        return header == null ? 0 : ByteBuffer.wrap(header.value()).getInt();
    }

    /** Where a hop's time goes, per record. */
    private static final class Steps {

        private final List<Long> visibleMs = new ArrayList<>();
        private final List<Long> sendMicros = new ArrayList<>();
        private final List<Long> offsetsMicros = new ArrayList<>();
        private final List<Long> commitMicros = new ArrayList<>();

        void add(long visibleMillis, long sendNanos, long offsetsNanos, long commitNanos) {
            visibleMs.add(visibleMillis);
            sendMicros.add(sendNanos / 1000);
            offsetsMicros.add(offsetsNanos / 1000);
            commitMicros.add(commitNanos / 1000);
        }

        void print(String variant) {
            System.out.printf("STATS %-14s n=%d  upstream appended->polled here %s | begin+send %s | "
                    + "sendOffsetsToTransaction %s | commitTransaction %s  (p50/p90/p99 ms)%n", variant,
                    visibleMs.size(), millis(visibleMs), micros(sendMicros), micros(offsetsMicros), micros(commitMicros));
        }

        private static String millis(List<Long> samples) {
            Latencies l = Latencies.of(samples);
            return l.p50() + "/" + l.p90() + "/" + l.p99();
        }

        private static String micros(List<Long> samples) {
            Latencies l = Latencies.of(samples);
            return String.format("%.1f/%.1f/%.1f", l.p50() / 1000.0, l.p90() / 1000.0, l.p99() / 1000.0);
        }
    }
}
