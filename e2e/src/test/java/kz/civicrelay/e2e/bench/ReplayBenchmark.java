package kz.civicrelay.e2e.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.civicrelay.platform.broker.BrokerSettings;
import kz.civicrelay.platform.broker.KraftBroker;
import kz.civicrelay.platform.testing.RelayLogGenerator;
import kz.civicrelay.platform.topics.TopicsConfiguration;
import kz.civicrelay.platform.topics.TopicsProperties;

/**
 * The auditor's replay of a long log (issue 14), measured, not asserted: a generator writes {@code bench.replay.events}
 * (1,000,000) events of whole series to a fresh broker (the relay topics, three partitions each), then, in the same
 * run and on the same topics, Kafka's own {@code ConsumerPerformance} reads them all ({@code read_committed}), and the
 * auditor's replay ({@link ReplayRun}: {@code forumctl audit --report json} of one series, which reads the whole log)
 * runs in a JVM of {@code -Xmx512m}. Prints both rates, the ratio and the replay's peak heap against the target: at
 * least half of Kafka's rate, within 512 MB.
 */
public final class ReplayBenchmark {

    private static final Pattern REPLAY = Pattern.compile("REPLAY pass=(\\d+) records=(\\d+) seriesEvents=(\\d+) readSeconds=([\\d.]+) "
            + "totalSeconds=([\\d.]+) fetchingSeconds=([\\d.]+) peakHeapMb=([\\d.]+) maxHeapMb=([\\d.]+) reportBytes=(\\d+) exit=(\\d+)");

    private ReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long events = Long.getLong("bench.replay.events", 1_000_000L);
        int registrations = Integer.getInteger("bench.replay.registrations", 350);
        Path work = Files.createTempDirectory("replay-benchmark");
        try (KraftBroker broker = KraftBroker.start(BrokerSettings.onFreePorts(work.resolve("kafka")))) {
            broker.createTopics(TopicsConfiguration.newTopics(new TopicsProperties(3, (short) 1)));
            long started = System.nanoTime();
            RelayLogGenerator.Written written = RelayLogGenerator.write(broker.bootstrapServers(), Map.of(), events,
                    registrations);
            double generated = (System.nanoTime() - started) / 1e9;
            System.out.printf("Generated %,d events (%d series of 20 forums, %d registrations a forum) in %.1f s%n",
                    written.events(), written.seriesIds().size(), registrations, generated);
            String series = written.seriesIds().get(written.seriesIds().size() / 2);

            String kafka = consumerPerformance(work, broker.bootstrapServers(), written.events());
            String[] values = kafka.split(",\\s*");
            double kafkaRate = Double.parseDouble(values[9]);
            double kafkaRateWithJoin = Double.parseDouble(values[5]);
            System.out.printf("Kafka ConsumerPerformance: %s records, %.0f records/s fetching (%.0f/s with its group "
                    + "join of %s ms)%n", values[4], kafkaRate, kafkaRateWithJoin, values[6]);

            Matcher replay = replay(broker.bootstrapServers(), series);
            do {
                long records = Long.parseLong(replay.group(2));
                double readSeconds = Double.parseDouble(replay.group(4));
                double totalSeconds = Double.parseDouble(replay.group(5));
                double fetching = Double.parseDouble(replay.group(6));
                double peak = Double.parseDouble(replay.group(7));
                double rate = records / fetching;
                System.out.printf("Replay pass %s (forumctl audit %s --report json, -Xmx512m): %,d records; set-up, read "
                        + "and report %.2f s (read done at %.2f s): %.0f records/s; from its first fetch to the report "
                        + "%.2f s: %.0f records/s; series events %s; peak heap %.0f MB of %.0f MB; report %s bytes; "
                        + "exit %s%n", replay.group(1), series, records, totalSeconds, readSeconds, records / totalSeconds,
                        fetching, rate, replay.group(3), peak, Double.parseDouble(replay.group(8)), replay.group(9),
                        replay.group(10));
                System.out.printf("  ratio %.2f of Kafka's fetching rate (target ≥ 0.50): %s; peak heap %.0f MB (target ≤ 512): "
                        + "%s%n", rate / kafkaRate, rate / kafkaRate >= 0.5 ? "met" : "NOT met", peak,
                        peak <= 512 ? "met" : "NOT met");
            } while (replay.find());
        }
    }

    /** Kafka's consumer benchmark over every relay topic; its data line. */
    private static String consumerPerformance(Path work, String bootstrapServers, long records) throws Exception {
        List<String> command = List.of(java(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", bootstrapServers,
                "--include", "relay\\.[a-z]+", "--num-records", String.valueOf(records), "--timeout", "60000",
                "--command-property", "isolation.level=read_committed", "--hide-header");
        String output = run(work.resolve("consumer-performance.out"), command);
        return output.lines().filter(l -> l.split(",").length >= 10).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("ConsumerPerformance printed no figures: " + output));
    }

    private static Matcher replay(String bootstrapServers, String series) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), ReplayRun.class.getName(), bootstrapServers, series, "2"));
        String output = run(Files.createTempFile("replay-run", ".out"), command);
        Matcher matcher = REPLAY.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("The replay printed no figures: " + output);
        }
        return matcher;
    }

    private static String run(Path outputFile, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(outputFile.toFile())
                .start();
        try {
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                throw new IllegalStateException(command.get(command.size() - 3) + " did not finish in 15 minutes");
            }
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        String output = Files.readString(outputFile, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Failed (" + process.exitValue() + "): " + output);
        }
        return output;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
