package kz.civicrelay.e2e.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.tools.EndToEndLatency;

/** Kafka's own end-to-end latency tool ({@code kafka-tools}), run in this JVM against the same broker. */
record KafkaLatency(double p50, double p99, String output) {

    private static final Pattern PERCENTILES = Pattern.compile("50th = (\\d+(?:\\.\\d+)?), 99th = (\\d+(?:\\.\\d+)?)");

    static KafkaLatency measure(String bootstrapServers, int records) {
        String topic = "bench.end-to-end-latency";
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Exit.setExitProcedure((code, message) -> {
            if (code != 0) {
                throw new IllegalStateException("EndToEndLatency exited with " + code + ": " + message);
            }
        });
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            EndToEndLatency.main(bootstrapServers, topic, String.valueOf(records), "all", "200");
        } finally {
            System.setOut(original);
            Exit.resetExitProcedure();
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        Matcher matcher = PERCENTILES.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("No percentiles in EndToEndLatency output: " + output);
        }
        return new KafkaLatency(Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)), output);
    }
}
