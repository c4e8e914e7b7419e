package kz.civicrelay.e2e.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own end-to-end latency tool ({@code org.apache.kafka.tools.EndToEndLatency} from
 * {@code kafka-tools}), run as its own JVM against the same broker, as {@code kafka-e2e-latency.sh} would.
 * Each record is produced with {@code acks=all} and consumed before the next is sent: one
 * non-transactional hop.
 */
record KafkaLatency(double p50, double p99, String output) {

    private static final Pattern PERCENTILES = Pattern.compile("50th = (\\d+(?:\\.\\d+)?), 99th = (\\d+(?:\\.\\d+)?)");

    /** Starts the tool; {@link Running#result()} waits for it and reads its percentiles. */
    static Running start(String bootstrapServers, String topic, int records) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.EndToEndLatency", bootstrapServers, topic, String.valueOf(records), "all", "200");
        try {
            return new Running(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KafkaLatency measure(String bootstrapServers, String topic, int records) {
        return start(bootstrapServers, topic, records).result();
    }

    /** The tool, running. */
    record Running(Process process) {

        KafkaLatency result() {
            try {
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    throw new IllegalStateException("EndToEndLatency failed: " + output);
                }
                Matcher matcher = PERCENTILES.matcher(output);
                if (!matcher.find()) {
                    throw new IllegalStateException("No percentiles in EndToEndLatency output: " + output);
                }
                return new KafkaLatency(Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)),
                        output);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IllegalStateException(e);
            }
        }
    }
}
