package kz.civicrelay.e2e.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;

import kz.civicrelay.e2e.RunningRelay;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.forumctl.demo.DemoDriver;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.schemas.serde.AvroEventDeserializer;

/**
 * Handoff latency, measured, not asserted: the time from {@code ForumCompleted} appended to the next
 * forum's {@code ForumPreparationOpened} appended (the records' own timestamps, CreateTime set by the
 * producing service: two transactional hops through handoff and scheduling), over several whole series
 * run through the services' APIs; beside two baselines on the same broker, in the same run: the design's
 * own limit, two transactional hops with plain Kafka clients ({@link TransactionalHopsProbe}), and Kafka's
 * own {@code EndToEndLatency} tool (one non-transactional hop).
 *
 * <p>Run: see docs/benchmarks.md. System properties: {@code bench.warmup} (series run first and not
 * measured, default 3), {@code bench.series} (measured series, default 5), {@code bench.e2e.records}
 * (records of the idle Kafka run, default 2000), {@code bench.e2e.records.alongside} (records of a
 * Kafka run beside each series, default 0: none; the tool busy-polls and takes most of a core);
 * {@code bench.probe.samples} (measured probe records of each kind; 0, the default: as many as the
 * measured handoffs, 19 a series), {@code bench.probe.warmup} (probe records first, not measured, default 200),
 * {@code bench.probe.pause.ms} (between one probe record's arrival and the next one's send, default 200),
 * {@code bench.probe.fanout} (extra records in the probe's first hop for a handoff-shaped record, default 20);
 * {@code bench.probe.bystanders} (diagnostics: further transactional groups on the probe's input, as registration
 * and resolution react to every {@code ForumCompleted}; default 0);
 * {@code bench.service-properties} (diagnostics: comma-separated settings given to every service, e.g. a
 * logging level; none by default).
 */
public final class HandoffLatencyBenchmark {

    /** A series has 20 forums, so 19 handoffs. */
    private static final int HANDOFFS_PER_SERIES = 19;
    /** Partitions of each relay topic in {@link RunningRelay}, and so of each probe topic. */
    private static final int PARTITIONS = 3;

    private HandoffLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int series = Integer.getInteger("bench.series", 5);
        int warmup = Integer.getInteger("bench.warmup", 3);
        int records = Integer.getInteger("bench.e2e.records", 2000);
        int recordsAlongside = Integer.getInteger("bench.e2e.records.alongside", 0);
        int probeSamples = Integer.getInteger("bench.probe.samples", 0);
        // Diagnostics only (e.g. client DEBUG logs): settings given to every service, comma-separated key=value.
        List<String> serviceArgs = java.util.Arrays.stream(System.getProperty("bench.service-properties", "").split(","))
                .map(String::strip).filter(p -> !p.isEmpty()).map(p -> "--" + p).toList();
        try (RunningRelay relay = new RunningRelay(serviceArgs)) {
            String bootstrap = relay.system.bootstrapServers();
            // Warm-up, not measured: series that let the broker's and the services' JVMs load and compile their
            // hot paths (on two cores the JIT compilers compete with the relay for a minute or so).
            for (int w = 1; w <= warmup; w++) {
                new DemoDriver(relay.endpoints, relay.operator()::bearer, new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8)).run("bench-warmup-" + w, LocalDate.of(2030 - w, 3, 10));
            }
            System.out.printf("%s warm-up done%n", java.time.LocalTime.now());
            KafkaLatency idle = KafkaLatency.measure(bootstrap, "bench.latency.idle", records);
            System.out.printf("%s Kafka's EndToEndLatency done%n", java.time.LocalTime.now());
            List<Handoff> handoffs = new ArrayList<>();
            List<KafkaLatency> alongside = new ArrayList<>();
            CpuTicks measuring = CpuTicks.now();
            for (int i = 1; i <= series; i++) {
                String seriesId = "bench-" + i;
                // Kafka's tool runs beside the series, on the same broker and the same busy machine; the series
                // starts once the tool's JVM is warm and its topic created, which is not the relay's cost.
                // bench.e2e.records.alongside=0 runs the series alone.
                KafkaLatency.Running tool = recordsAlongside <= 0 ? null
                        : KafkaLatency.start(bootstrap, "bench.latency.series-" + i, recordsAlongside).awaitWarm();
                new DemoDriver(relay.endpoints, relay.operator()::bearer, new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8)).run(seriesId, LocalDate.of(2030 + i, 3, 10));
                if (tool != null) {
                    alongside.add(tool.result());
                }
                handoffs.addAll(handoffLatencies(bootstrap, seriesId));
                System.out.printf("%s series %d/%d done, %d handoffs measured%n", java.time.LocalTime.now(), i, series,
                        handoffs.size());
            }
            String machine = CpuTicks.now().busySince(measuring);
            // The probe runs after the series, alone on the broker like Kafka's tool, so that neither its JVMs' start
            // nor their end (the broker expiring its groups' sessions) falls on a measured handoff.
            var probeSettings = new TransactionalHopsProbe.Settings(
                    Integer.getInteger("bench.probe.warmup", 200),
                    probeSamples > 0 ? probeSamples : series * HANDOFFS_PER_SERIES,
                    java.time.Duration.ofMillis(Long.getLong("bench.probe.pause.ms", 200)),
                    Integer.getInteger("bench.probe.fanout", 20), PARTITIONS,
                    Integer.getInteger("bench.probe.bystanders", 0));
            TransactionalHopsProbe.Result probe = TransactionalHopsProbe.run(bootstrap, probeSettings);
            System.out.printf("%s probe done, %d + %d records measured%n", java.time.LocalTime.now(), probe.plain().size(),
                    probe.shaped().size());
            if (!serviceArgs.isEmpty()) {
                System.out.println("services started with " + serviceArgs + " (diagnostics)");
            }
            writeSamples(handoffs, probe);
            report(handoffs, machine, probe, idle, alongside);
        }
    }

    /** One measured handoff: append times of ForumCompleted(k), BatonPassed(k→k+1), ForumPreparationOpened(k+1). */
    record Handoff(long completed, long batonPassed, long opened) {
        long total() {
            return opened - completed;
        }
    }

    /** The handoffs of one series, from the append timestamps of their three events. */
    static List<Handoff> handoffLatencies(String bootstrapServers, String seriesId) {
        var replay = new EventLogReplay(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroEventDeserializer.class));
        Map<Integer, Long> completedAt = new HashMap<>();
        Map<Integer, Long> openedAt = new HashMap<>();
        Map<Integer, Long> passedAt = new HashMap<>();
        for (ConsumerRecord<String, SpecificRecord> record : replay.readAll(
                List.of(RelayTopic.SCHEDULING.topicName(), RelayTopic.HANDOFF.topicName()))) {
            if (record.value() instanceof BatonPassed baton && seriesId.equals(baton.getEnvelope().getSeriesId())) {
                passedAt.put(baton.getToPosition(), record.timestamp());
            }
            if (record.value() instanceof ForumCompleted done && seriesId.equals(done.getEnvelope().getSeriesId())) {
                completedAt.put(done.getPosition(), record.timestamp());
            } else if (record.value() instanceof ForumPreparationOpened opened
                    && seriesId.equals(opened.getEnvelope().getSeriesId())) {
                openedAt.put(opened.getPosition(), record.timestamp());
            }
        }
        List<Handoff> latencies = new ArrayList<>();
        completedAt.forEach((position, at) -> {
            Long next = openedAt.get(position + 1);
            if (next != null) {
                latencies.add(new Handoff(at, passedAt.get(position + 1), next));
            }
        });
        return latencies;
    }

    private static void report(List<Handoff> handoffs, String machine, TransactionalHopsProbe.Result probe,
            KafkaLatency idle, List<KafkaLatency> alongside) {
        Latencies handoff = Latencies.of(handoffs.stream().map(Handoff::total).toList());
        Latencies firstHop = Latencies.of(handoffs.stream().map(h -> h.batonPassed() - h.completed()).toList());
        Latencies secondHop = Latencies.of(handoffs.stream().map(h -> h.opened() - h.batonPassed()).toList());
        Latencies probePlain = TransactionalHopsProbe.Result.of(probe.plain(), TransactionalHopsProbe.Sample::appendedToAppended);
        Latencies probeShaped = TransactionalHopsProbe.Result.of(probe.shaped(), TransactionalHopsProbe.Sample::appendedToAppended);
        var settings = probe.settings();
        System.out.println();
        System.out.println("== Handoff latency and its baselines: same broker, same run (ms; n = samples) ==");
        System.out.printf("broker flush: %s%n", Boolean.parseBoolean(System.getProperty("bench.flush", "true"))
                ? "each write, before it is acknowledged (as shipped)" : "left to the operating system (Kafka's default)");
        System.out.printf("%-72s %5s %6s %6s %6s %6s%n", "", "n", "p50", "p90", "p99", "max");
        row("handoff: ForumCompleted appended -> next ForumPreparationOpened appended", handoff);
        // The split is BatonPassed's append time, taken at its send: handoff's 20 notifications, its offsets commit
        // and its end of transaction fall into the second part, not the first.
        row("  hop 1: -> BatonPassed appended (handoff, before its commit)", firstHop);
        row("  hop 2: handoff's 20 notifications + commit, then scheduling", secondHop);
        row("probe, 1 record a hop: in appended -> hop 2's record appended", probePlain);
        row("  hop 1: -> mid appended", TransactionalHopsProbe.Result.of(probe.plain(), TransactionalHopsProbe.Sample::hop1));
        row("  hop 2: -> out appended", TransactionalHopsProbe.Result.of(probe.plain(), TransactionalHopsProbe.Sample::hop2));
        row("  in sent -> out read by a read_committed sink (+ hop 2's commit)",
                TransactionalHopsProbe.Result.of(probe.plain(), TransactionalHopsProbe.Sample::sentToReceived));
        row("probe, handoff-shaped (hop 1 writes 1 + " + settings.fanout() + " records): same span", probeShaped);
        row("  hop 1: -> mid (+ " + settings.fanout() + " side records) appended",
                TransactionalHopsProbe.Result.of(probe.shaped(), TransactionalHopsProbe.Sample::hop1));
        row("  hop 2: -> out appended", TransactionalHopsProbe.Result.of(probe.shaped(), TransactionalHopsProbe.Sample::hop2));
        row("  in sent -> out read by a read_committed sink (+ hop 2's commit)",
                TransactionalHopsProbe.Result.of(probe.shaped(), TransactionalHopsProbe.Sample::sentToReceived));
        System.out.printf("%-72s %5s %6.1f %6s %6.1f %6s%n", "Kafka EndToEndLatency: one hop, acks=all, not transactional (idle)",
                "", idle.p50(), "-", idle.p99(), "-");
        System.out.printf("probe: %d warm-up records, then one record at a time, %d ms after the last one reached the sink;"
                + " plain and handoff-shaped alternate; %d partitions a topic%s%n", settings.warmup(),
                settings.pause().toMillis(), settings.partitions(), settings.bystanders() == 0 ? ""
                        : "; " + settings.bystanders() + " bystander groups commit each input record in a transaction"
                                + " (diagnostics)");
        Latencies source = Latencies.of(probe.sourceTransactionMicros());
        System.out.printf("  probe-source one transaction a record (begin, send, commit) %.1f/%.1f/%.1f (p50/p90/p99 ms)%n",
                source.p50() / 1000.0, source.p90() / 1000.0, source.p99() / 1000.0);
        probe.hopSteps().forEach(line -> System.out.println("  " + line));
        System.out.printf("machine busy (all processes): %s while the series ran, %s while the probe ran%n", machine,
                probe.machine());
        System.out.println("ratios of p99:");
        System.out.printf("  handoff / probe (1 record a hop)                : %5.2f  (target <= 1.50: %s)%n",
                ratio(handoff, probePlain), ratio(handoff, probePlain) <= 1.5 ? "met" : "not met");
        System.out.printf("  handoff / probe (handoff-shaped)                : %5.2f%n", ratio(handoff, probeShaped));
        System.out.printf("  handoff / Kafka single hop (idle)               : %5.2f  (target <= 3.00: %s)%n",
                handoff.p99() / idle.p99(), handoff.p99() / idle.p99() <= 3.0 ? "met" : "not met");
        if (!alongside.isEmpty()) {
            List<Long> alongsideP99 = alongside.stream().map(k -> Math.round(k.p99())).sorted().toList();
            double loadedP99 = Latencies.percentile(alongsideP99, 50);
            System.out.printf("  Kafka's tool alongside each series, p99 %s ms (median %.1f ms)%n", alongsideP99, loadedP99);
            System.out.printf("  handoff / Kafka single hop (alongside)          : %5.2f  (target <= 3.00)%n",
                    handoff.p99() / loadedP99);
        }
        System.out.println("every sample: target/bench-handoffs.csv, target/bench-probe.csv");
        System.out.println("slowest handoffs (append times, to look up in the services' logs):");
        handoffs.stream().sorted(java.util.Comparator.comparingLong(Handoff::total).reversed()).limit(3)
                .forEach(h -> System.out.printf("  %d ms: ForumCompleted %s, BatonPassed %s, ForumPreparationOpened %s%n",
                        h.total(), java.time.Instant.ofEpochMilli(h.completed()),
                        java.time.Instant.ofEpochMilli(h.batonPassed()), java.time.Instant.ofEpochMilli(h.opened())));
    }

    /** Every sample, in the order measured, for a closer look (target/bench-handoffs.csv, target/bench-probe.csv). */
    private static void writeSamples(List<Handoff> handoffs, TransactionalHopsProbe.Result probe) throws java.io.IOException {
        java.nio.file.Path target = java.nio.file.Path.of(System.getProperty("relay.e2e.work", "target"));
        List<String> lines = new ArrayList<>(List.of("completed_ms,baton_passed_ms,preparation_opened_ms,total_ms"));
        handoffs.stream().sorted(java.util.Comparator.comparingLong(Handoff::completed)).forEach(h -> lines.add(
                h.completed() + "," + h.batonPassed() + "," + h.opened() + "," + h.total()));
        java.nio.file.Files.write(target.resolve("bench-handoffs.csv"), lines);
        lines.clear();
        lines.add("kind,sent_ms,hop1_appended_ms,hop2_appended_ms,received_ms,appended_to_appended_ms,sent_to_received_ms");
        java.util.stream.Stream.concat(probe.plain().stream(), probe.shaped().stream())
                .sorted(java.util.Comparator.comparingLong(TransactionalHopsProbe.Sample::sent))
                .forEach(s -> lines.add((s.shaped() ? "handoff-shaped" : "plain") + "," + s.sent() + "," + s.hop1Appended()
                        + "," + s.hop2Appended() + "," + s.received() + "," + s.appendedToAppended() + ","
                        + s.sentToReceived()));
        java.nio.file.Files.write(target.resolve("bench-probe.csv"), lines);
    }

    private static void row(String what, Latencies latencies) {
        System.out.printf("%-72s %5d %6d %6d %6d %6d%n", what, latencies.count(), latencies.p50(), latencies.p90(),
                latencies.p99(), latencies.max());
    }

    private static double ratio(Latencies numerator, Latencies denominator) {
        return (double) numerator.p99() / denominator.p99();
    }
}
