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
 * run through the services' APIs; beside Kafka's own {@code EndToEndLatency} tool on the same broker, in
 * the same run.
 *
 * <p>Run: see docs/benchmarks.md. System properties: {@code bench.warmup} (series run first and not
 * measured, default 3), {@code bench.series} (measured series, default 5), {@code bench.e2e.records}
 * (records of the idle Kafka run, default 2000), {@code bench.e2e.records.alongside} (records of a
 * Kafka run beside each series, default 0: none; the tool busy-polls and takes most of a core).
 */
public final class HandoffLatencyBenchmark {

    private HandoffLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int series = Integer.getInteger("bench.series", 5);
        int warmup = Integer.getInteger("bench.warmup", 3);
        int records = Integer.getInteger("bench.e2e.records", 2000);
        int recordsAlongside = Integer.getInteger("bench.e2e.records.alongside", 0);
        try (RunningRelay relay = new RunningRelay()) {
            String bootstrap = relay.system.bootstrapServers();
            // Warm-up, not measured: series that let the broker's and the services' JVMs load and compile their
            // hot paths (on two cores the JIT compilers compete with the relay for a minute or so).
            for (int w = 1; w <= warmup; w++) {
                new DemoDriver(relay.endpoints, "benchmark", new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8)).run("bench-warmup-" + w, LocalDate.of(2030 - w, 3, 10));
            }
            KafkaLatency idle = KafkaLatency.measure(bootstrap, "bench.latency.idle", records);
            List<Handoff> handoffs = new ArrayList<>();
            List<KafkaLatency> alongside = new ArrayList<>();
            for (int i = 1; i <= series; i++) {
                String seriesId = "bench-" + i;
                // Kafka's tool runs beside the series, on the same broker and the same busy machine; the series
                // starts once the tool's JVM is warm and its topic created, which is not the relay's cost.
                // bench.e2e.records.alongside=0 runs the series alone.
                KafkaLatency.Running tool = recordsAlongside <= 0 ? null
                        : KafkaLatency.start(bootstrap, "bench.latency.series-" + i, recordsAlongside).awaitWarm();
                new DemoDriver(relay.endpoints, "benchmark", new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8)).run(seriesId, LocalDate.of(2030 + i, 3, 10));
                if (tool != null) {
                    alongside.add(tool.result());
                }
                handoffs.addAll(handoffLatencies(bootstrap, seriesId));
                System.out.printf("series %d/%d done, %d handoffs measured%n", i, series, handoffs.size());
            }
            report(handoffs, idle, alongside);
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

    private static void report(List<Handoff> handoffs, KafkaLatency idle, List<KafkaLatency> alongside) {
        List<Long> sorted = handoffs.stream().map(Handoff::total).sorted().toList();
        List<Long> firstHop = handoffs.stream().map(h -> h.batonPassed() - h.completed()).sorted().toList();
        List<Long> secondHop = handoffs.stream().map(h -> h.opened() - h.batonPassed()).sorted().toList();
        double p50 = percentile(sorted, 50);
        double p99 = percentile(sorted, 99);
        System.out.println();
        System.out.println("== Handoff latency: ForumCompleted appended -> next ForumPreparationOpened appended ==");
        System.out.printf("broker flush      : %s%n", Boolean.parseBoolean(System.getProperty("bench.flush", "true"))
                ? "each write, before it is acknowledged (as shipped)" : "left to the operating system (Kafka's default)");
        System.out.printf("handoffs measured : %d%n", sorted.size());
        System.out.printf("handoff p50       : %.1f ms%n", p50);
        System.out.printf("handoff p99       : %.1f ms%n", p99);
        System.out.printf("handoff max       : %d ms%n", sorted.get(sorted.size() - 1));
        System.out.printf("  hop 1 (ForumCompleted -> BatonPassed, handoff)         p50 %.1f ms, p99 %.1f ms%n",
                percentile(firstHop, 50), percentile(firstHop, 99));
        System.out.printf("  hop 2 (BatonPassed -> ForumPreparationOpened, scheduling) p50 %.1f ms, p99 %.1f ms%n",
                percentile(secondHop, 50), percentile(secondHop, 99));
        System.out.println("  slowest handoffs (append times, to look up in the services' logs):");
        handoffs.stream().sorted(java.util.Comparator.comparingLong(Handoff::total).reversed()).limit(3)
                .forEach(h -> System.out.printf("    %d ms: ForumCompleted %s, BatonPassed %s, ForumPreparationOpened %s%n",
                        h.total(), java.time.Instant.ofEpochMilli(h.completed()),
                        java.time.Instant.ofEpochMilli(h.batonPassed()), java.time.Instant.ofEpochMilli(h.opened())));
        System.out.println("== Baseline: Kafka EndToEndLatency (acks=all, 200 B, its own JVM), same broker, same run ==");
        System.out.printf("idle (between warm-up and series)  p50 %.1f ms, p99 %.1f ms%n", idle.p50(), idle.p99());
        System.out.printf("ratio handoff p99 / idle kafka p99      : %.2f (target <= 3.00)%n", p99 / idle.p99());
        if (!alongside.isEmpty()) {
            List<Long> alongsideP99 = alongside.stream().map(k -> Math.round(k.p99())).sorted().toList();
            double loadedP99 = percentile(alongsideP99, 50);
            System.out.printf("alongside each series               p99 %s ms (median %.1f ms)%n", alongsideP99, loadedP99);
            System.out.printf("ratio handoff p99 / alongside kafka p99 : %.2f (target <= 3.00)%n", p99 / loadedP99);
        }
    }

    static double percentile(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
