package kz.civicrelay.e2e.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * This design's own limit on the machine: two chained transactional consume-process-produce hops with plain
 * kafka-clients, no Spring, on the relay's broker, measured in the same run as the handoff.
 *
 * <pre>
 * source (transactional, one record a transaction, as a REST command writes ForumCompleted)
 *   -> probe.in -> hop 1 (own JVM) -> probe.mid -> hop 2 (own JVM) -> probe.out -> sink (read_committed)
 *                        \-> probe.side (the handoff-shaped records only: 20 more records in hop 1's transaction)
 * </pre>
 *
 * Each hop is a {@link ProbeHop}: one transaction per record with its offset, as Spring Kafka's container
 * runs the services' listeners, with the services' client settings and JVM options. The topics have as many
 * partitions as the relay's in the benchmark (3), and the records rotate over 20 keys (a series' forum ids).
 * Records go one at a time: the source sends the next only once the sink has read the last, and
 * {@code pause} after it (the handoff benchmark's handoffs are a REST conversation apart, not a flood).
 * Plain records (one in, one out each hop) alternate with handoff-shaped ones (hop 1 also writes
 * {@code fanout} records to {@code probe.side}, as handoff writes 20 notifications with the baton).
 *
 * <p>Each sample has the handoff benchmark's span, from the source record's append time (CreateTime) to
 * the append time of hop 2's record (hop 2's send, before its commit), split at hop 1's record; and the
 * span from the source's send to the sink's {@code read_committed} poll, which adds hop 2's offsets commit,
 * its end of transaction, the commit markers and a reader's fetch.
 */
final class TransactionalHopsProbe {

    static final String IN = "probe.in";
    static final String MID = "probe.mid";
    static final String OUT = "probe.out";
    static final String SIDE = "probe.side";
    /** Keys rotate over as many ids as a series has forums. */
    private static final int KEYS = 20;

    /**
     * @param warmup     records sent first, one at a time without pause, and not measured
     * @param samples    measured records of each kind (plain, handoff-shaped)
     * @param pause      between one record's arrival at the sink and the next record's send
     * @param fanout     extra records hop 1 writes for a handoff-shaped record
     * @param partitions of each probe topic
     * @param bystanders further transactional groups on {@code probe.in} that only commit each record's offset
     *                   (diagnostics: registration and resolution do so with every {@code ForumCompleted}); 0 in
     *                   the baseline
     */
    record Settings(int warmup, int samples, Duration pause, int fanout, int partitions, int bystanders) {
    }

    /** One record's times (epoch ms): sent by the source, appended by hop 1 and hop 2, read by the sink. */
    record Sample(boolean shaped, long sent, long hop1Appended, long hop2Appended, long received) {

        /** The handoff benchmark's span: first record appended -> the second hop's record appended. */
        long appendedToAppended() {
            return hop2Appended - sent;
        }

        long hop1() {
            return hop1Appended - sent;
        }

        long hop2() {
            return hop2Appended - hop1Appended;
        }

        long sentToReceived() {
            return received - sent;
        }
    }

    /**
     * The measured samples of each kind, the hops' own step timings ({@code STATS} lines), the source's
     * transactions (begin, send, commit; microseconds), and how busy the machine was while they were measured.
     */
    record Result(Settings settings, List<Sample> plain, List<Sample> shaped, List<String> hopSteps,
            List<Long> sourceTransactionMicros, String machine) {

        static Latencies of(List<Sample> samples, Function<Sample, Long> span) {
            return Latencies.of(samples.stream().map(span).toList());
        }
    }

    private TransactionalHopsProbe() {
    }

    static Result run(String bootstrapServers, Settings settings) {
        createTopics(bootstrapServers, settings.partitions());
        List<Hop> hops = new ArrayList<>();
        try {
            hops.add(Hop.start(bootstrapServers, "probe-hop-1", IN, MID, SIDE));
            hops.add(Hop.start(bootstrapServers, "probe-hop-2", MID, OUT, "-"));
            for (int b = 1; b <= settings.bystanders(); b++) {
                hops.add(Hop.start(bootstrapServers, "probe-bystander-" + b, IN, "-", "-"));
            }
            for (Hop hop : hops) {
                hop.awaitReady();
            }
            List<Sample> plain = new ArrayList<>();
            List<Sample> shaped = new ArrayList<>();
            List<Long> sourceTransactions = new ArrayList<>();
            String machine;
            try (Sink sink = new Sink(bootstrapServers, settings.partitions());
                    KafkaProducer<String, byte[]> source = new KafkaProducer<>(
                            ProbeHop.producerConfig(bootstrapServers, "probe-source-tx-0"))) {
                source.initTransactions();
                long id = 0;
                for (int i = 0; i < settings.warmup(); i++, id++) {
                    sendAndAwait(source, sink, id, i % 2 == 1 ? settings.fanout() : 0, new ArrayList<>());
                }
                hops.forEach(hop -> hop.tell("RESET"));
                CpuTicks measuring = CpuTicks.now();
                for (int i = 0; i < 2 * settings.samples(); i++, id++) {
                    Thread.sleep(settings.pause().toMillis());
                    Sample sample = sendAndAwait(source, sink, id, i % 2 == 1 ? settings.fanout() : 0,
                            sourceTransactions);
                    (sample.shaped() ? shaped : plain).add(sample);
                }
                machine = CpuTicks.now().busySince(measuring);
            }
            List<String> steps = new ArrayList<>();
            for (Hop hop : hops) {
                steps.addAll(hop.stop());
            }
            return new Result(settings, plain, shaped, steps, sourceTransactions, machine);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            hops.forEach(Hop::kill);
        }
    }

    /** One record through both hops, in a transaction of its own, as a REST command appends its event. */
    private static Sample sendAndAwait(KafkaProducer<String, byte[]> source, Sink sink, long id, int fanout,
            List<Long> sourceTransactionMicros) {
        CompletableFuture<Sample> arrival = sink.expect(id);
        RecordHeaders headers = new RecordHeaders();
        if (fanout > 0) {
            headers.add(ProbeHop.FANOUT_HEADER, ByteBuffer.allocate(Integer.BYTES).putInt(fanout).array());
        }
        byte[] value = ByteBuffer.allocate(ProbeHop.VALUE_BYTES).putLong(id).array();
        long begin = System.nanoTime();
        source.beginTransaction();
        // The send time is the record's CreateTime, as the producer would set it.
        source.send(new ProducerRecord<>(IN, null, System.currentTimeMillis(), "forum-" + id % KEYS, value, headers));
        source.commitTransaction();
        sourceTransactionMicros.add((System.nanoTime() - begin) / 1000);
        try {
            return arrival.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Probe record " + id + " did not reach " + OUT + " within 30 s", e);
        }
    }

    private static void createTopics(String bootstrapServers, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(IN, MID, OUT, SIDE).stream()
                    .map(topic -> new NewTopic(topic, partitions, (short) 1)).toList()).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the probe's topics", e);
        }
    }

    /** Reads {@code probe.out} as a {@code read_committed} reader, from its end, and completes each expected record. */
    private static final class Sink implements AutoCloseable {

        private final Map<Long, CompletableFuture<Sample>> expected = new ConcurrentHashMap<>();
        private final KafkaConsumer<String, byte[]> consumer;
        private final Thread thread;
        private volatile boolean running = true;

        Sink(String bootstrapServers, int partitions) {
            Map<String, Object> config = ProbeHop.consumerConfig(bootstrapServers, "probe-sink");
            config.remove(ConsumerConfig.GROUP_ID_CONFIG);
            config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
            consumer = new KafkaConsumer<>(config);
            List<TopicPartition> assigned = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                assigned.add(new TopicPartition(OUT, p));
            }
            consumer.assign(assigned);
            consumer.seekToEnd(assigned);
            assigned.forEach(consumer::position); // resolved now, before the first record is sent
            thread = new Thread(this::follow, "probe-sink");
            thread.setDaemon(true);
            thread.start();
        }

        CompletableFuture<Sample> expect(long id) {
            return expected.computeIfAbsent(id, k -> new CompletableFuture<>());
        }

        private void follow() {
            try {
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        long received = System.currentTimeMillis();
                        long id = ByteBuffer.wrap(record.value()).getLong();
                        Sample sample = new Sample(ProbeHop.fanout(record) > 0, appended(record, IN),
                                appended(record, MID), record.timestamp(), received);
                        expect(id).complete(sample);
                    }
                }
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                // closing
            } catch (RuntimeException e) {
                expected.values().forEach(f -> f.completeExceptionally(e));
            }
        }

        private static long appended(ConsumerRecord<?, ?> record, String topic) {
            Header header = record.headers().lastHeader(ProbeHop.APPENDED_PREFIX + topic);
            if (header == null) {
                throw new IllegalStateException("No " + ProbeHop.APPENDED_PREFIX + topic + " header on " + record);
            }
            return ByteBuffer.wrap(header.value()).getLong();
        }

        @Override
        public void close() {
            running = false;
            consumer.wakeup();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            consumer.close();
        }
    }

    /** A {@link ProbeHop} JVM, started with the services' JVM options. */
    private static final class Hop {

        private final String name;
        private final Process process;
        private final StringBuffer output = new StringBuffer();
        private final List<String> stats = new ArrayList<>();
        private final CountDownLatch ready = new CountDownLatch(1);
        private final Thread reader;

        private Hop(String name, Process process) {
            this.name = name;
            this.process = process;
            this.reader = new Thread(this::read, name + "-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Hop start(String bootstrapServers, String name, String in, String out, String side) {
            // As ServiceProcess starts a relay service.
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                    "-cp", System.getProperty("java.class.path"), ProbeHop.class.getName(),
                    bootstrapServers, name, in, out, side);
            try {
                return new Hop(name, new ProcessBuilder(command).redirectErrorStream(true).start());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void awaitReady() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!ready.await(1, TimeUnit.SECONDS)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + " did not get its partitions: " + output);
                }
            }
        }

        void tell(String line) {
            try {
                OutputStream in = process.getOutputStream();
                in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(name + " is gone: " + output, e);
            }
        }

        /** Ends its input; it prints its step timings and exits. */
        List<String> stop() throws InterruptedException {
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                // gone already
            }
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(name + " did not stop cleanly: " + output);
            }
            reader.join(TimeUnit.SECONDS.toMillis(10));
            synchronized (stats) {
                return stats.stream().map(s -> name + " " + s).toList();
            }
        }

        void kill() {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.append(line).append('\n');
                    if (line.startsWith("READY")) {
                        ready.countDown();
                    } else if (line.startsWith("STATS ")) {
                        synchronized (stats) {
                            stats.add(line.substring("STATS ".length()));
                        }
                    }
                }
            } catch (IOException e) {
                output.append("(output lost: ").append(e.getMessage()).append(")\n");
            }
        }
    }
}
