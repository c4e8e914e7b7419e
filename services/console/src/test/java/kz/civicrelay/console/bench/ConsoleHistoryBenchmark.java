package kz.civicrelay.console.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import kz.civicrelay.platform.broker.BrokerSettings;
import kz.civicrelay.platform.broker.KraftBroker;
import kz.civicrelay.platform.testing.RelayLogGenerator;
import kz.civicrelay.platform.topics.TopicsConfiguration;
import kz.civicrelay.platform.topics.TopicsProperties;

/**
 * The console with a long log (issue 14), measured, not asserted: {@code bench.console.events} (1,000,000) events of
 * whole series written to a fresh broker, then the console's reading side ({@link ConsoleHistoryRun}) in a JVM with
 * the services' heap ({@code -Xmx256m}): how long it takes to read the log, its heap after that, and how long the
 * first page of history, the next, a filtered page, a text search and an event's detail take.
 */
public final class ConsoleHistoryBenchmark {

    private ConsoleHistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long events = Long.getLong("bench.console.events", 1_000_000L);
        String heap = System.getProperty("bench.console.heap", "256m");
        Path work = Files.createTempDirectory("console-benchmark");
        try (KraftBroker broker = KraftBroker.start(BrokerSettings.onFreePorts(work.resolve("kafka")))) {
            broker.createTopics(TopicsConfiguration.newTopics(new TopicsProperties(3, (short) 1)));
            RelayLogGenerator.Written written = RelayLogGenerator.write(broker.bootstrapServers(), Map.of(), events, 350);
            System.out.printf("Generated %,d events in %d series%n", written.events(), written.seriesIds().size());
            Path output = work.resolve("console-run.out");
            Process run = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap, "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                    ConsoleHistoryRun.class.getName(), broker.bootstrapServers())).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!run.waitFor(20, TimeUnit.MINUTES)) {
                run.destroyForcibly();
                throw new IllegalStateException("The console run did not finish in 20 minutes");
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            String figures = printed.lines().filter(l -> l.startsWith("CONSOLE ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The console run printed no figures (exit "
                            + run.exitValue() + "): " + printed.lines().filter(l -> !l.contains(" INFO "))
                            .reduce("", (a, b) -> a + "\n" + b)));
            System.out.println("Console (-Xmx" + heap + "): " + figures);
        }
    }
}
