package kz.civicrelay.e2e.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own producer benchmark ({@code org.apache.kafka.tools.ProducerPerformance} from {@code kafka-tools}), run as
 * its own JVM against the same broker, as {@code kafka-producer-perf-test.sh} would: {@code acks=all}, transactional
 * (one transactional id; a transaction committed every {@code transactionMs}), fixed-size random values. Its figures
 * are the whole run's and the steady state's (after {@code warmupRecords}); latency is each send's, to its
 * acknowledgement (not to the commit of its transaction).
 */
record ProducerPerformanceRun(Figures total, Figures steady, String output) {

    /** One summary line of the tool: records, records/s, MB/s and latency in ms. */
    record Figures(long records, double perSecond, double megabytesPerSecond, double avg, double max, long p50, long p95,
            long p99, long p999) {
    }

    private static final Pattern SUMMARY = Pattern.compile("(\\d+)( steady state)? records sent, ([\\d.]+) records/sec "
            + "\\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, ([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, "
            + "(\\d+) ms 99th, (\\d+) ms 99\\.9th");

    /**
     * Runs the tool and waits for it (at most 10 minutes).
     *
     * @param client         the SASL settings of the principal it writes as (kept in an owner-only file for the
     *                       tool's {@code --command-config}, deleted afterwards: never on its command line)
     * @param throughput     records/s to aim at, -1 for as fast as it goes
     */
    static ProducerPerformanceRun run(Path workDir, String bootstrapServers, Map<String, Object> client, String topic,
            long records, int recordSize, long throughput, String transactionalId, long transactionMs,
            long warmupRecords) {
        Path config = workDir.resolve("producer-performance-" + transactionalId + ".properties");
        try {
            Files.deleteIfExists(config);
            Files.createFile(config, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Properties properties = new Properties();
            client.forEach((k, v) -> properties.setProperty(k, String.valueOf(v)));
            try (var out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
                properties.store(out, "ProducerPerformance's client settings (deleted after the run)");
            }
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx256m", "-Duser.language=en", "-Duser.country=US", "-cp",
                    System.getProperty("java.class.path"), "org.apache.kafka.tools.ProducerPerformance",
                    "--bootstrap-server", bootstrapServers, "--topic", topic, "--num-records", String.valueOf(records),
                    "--record-size", String.valueOf(recordSize), "--throughput", String.valueOf(throughput),
                    "--command-config", config.toString(), "--command-property", "acks=all",
                    "--transactional-id", transactionalId, "--transaction-duration-ms", String.valueOf(transactionMs)));
            if (warmupRecords > 0) {
                command.addAll(List.of("--warmup-records", String.valueOf(warmupRecords)));
            }
            Path outputFile = workDir.resolve("producer-performance-" + transactionalId + ".out");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(outputFile.toFile()).start();
            try {
                if (!process.waitFor(10, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("ProducerPerformance did not finish in 10 minutes");
                }
            } finally {
                if (process.isAlive()) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
            String output = Files.readString(outputFile, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("ProducerPerformance failed (" + process.exitValue() + "): " + output);
            }
            return parse(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            try {
                Files.deleteIfExists(config);
            } catch (IOException e) {
                System.out.println("could not delete " + config + ": " + e.getMessage());
            }
        }
    }

    /** The tool's summary lines: the whole run's, and the steady state's if it printed one (else the whole run's). */
    static ProducerPerformanceRun parse(String output) {
        Figures total = null;
        Figures steady = null;
        Matcher m = SUMMARY.matcher(output);
        while (m.find()) {
            Figures f = new Figures(Long.parseLong(m.group(1)), Double.parseDouble(m.group(3)),
                    Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)), Double.parseDouble(m.group(6)),
                    Long.parseLong(m.group(7)), Long.parseLong(m.group(8)), Long.parseLong(m.group(9)),
                    Long.parseLong(m.group(10)));
            if (m.group(2) != null) {
                steady = f;
            } else {
                total = f;
            }
        }
        if (total == null) {
            throw new IllegalStateException("No summary in ProducerPerformance's output: " + output);
        }
        return new ProducerPerformanceRun(total, steady == null ? total : steady, output);
    }
}
