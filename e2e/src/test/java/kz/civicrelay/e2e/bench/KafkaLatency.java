package kz.civicrelay.e2e.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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

    /** The tool, running; its output is collected as it prints. */
    static final class Running {

        private final Process process;
        private final StringBuffer output = new StringBuffer();
        private final CountDownLatch warm = new CountDownLatch(1);
        private final Thread reader;

        Running(Process process) {
            this.process = process;
            this.reader = new Thread(this::read, "end-to-end-latency-output");
            reader.setDaemon(true);
            reader.start();
        }

        /**
         * Waits until the tool has sent and received its first 1000 records (it prints a progress line
         * every 1000): by then its JVM has started and compiled its loop and its topic exists, so neither
         * falls into what runs alongside it.
         */
        Running awaitWarm() {
            try {
                if (!warm.await(2, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("EndToEndLatency did not reach 1000 records: " + output);
                }
                return this;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        KafkaLatency result() {
            try {
                if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    throw new IllegalStateException("EndToEndLatency failed: " + output);
                }
                reader.join(TimeUnit.SECONDS.toMillis(10));
                Matcher matcher = PERCENTILES.matcher(output);
                if (!matcher.find()) {
                    throw new IllegalStateException("No percentiles in EndToEndLatency output: " + output);
                }
                return new KafkaLatency(Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)),
                        output.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IllegalStateException(e);
            }
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.append(line).append('\n');
                    if (line.startsWith("1000\t")) {
                        warm.countDown();
                    }
                }
            } catch (IOException e) {
                output.append("(output lost: ").append(e.getMessage()).append(")\n");
            }
        }
    }
}
