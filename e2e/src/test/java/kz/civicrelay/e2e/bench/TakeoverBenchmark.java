package kz.civicrelay.e2e.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

import kz.civicrelay.e2e.ForumctlUp;
import kz.civicrelay.e2e.Takeovers;
import kz.civicrelay.forumctl.system.RelayService;

/**
 * Takeover, measured, not asserted: {@code forumctl up --cluster} runs three brokers and two instances of
 * each service (each its own JVM, as a user runs them); the active instance of a service is SIGKILLed and
 * the time until its other instance decides (its readiness says active: lease taken, the killed one's
 * transactions fenced, the log caught up) is taken. {@code up} restarts the killed one, which stands by;
 * then the next kill. Each service in turn, {@code bench.kills} times (default 3).
 * {@code bench.service-properties} (comma-separated) is given to every service, e.g.
 * {@code relay.lease.session-timeout=2s}. {@code ClusterFaultIT} prints the same figure under a running series.
 */
public final class TakeoverBenchmark {

    private static final List<RelayService> SERVICES = List.of(RelayService.SCHEDULING, RelayService.REGISTRATION,
            RelayService.RESOLUTION, RelayService.HANDOFF);

    private TakeoverBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int kills = Integer.getInteger("bench.kills", 3);
        List<String> upArgs = new ArrayList<>();
        for (String property : System.getProperty("bench.service-properties", "").split(",")) {
            if (!property.isBlank()) {
                upArgs.addAll(List.of("--service-property", property.strip()));
            }
        }
        Path target = Files.createDirectories(Path.of(System.getProperty("relay.e2e.work", "target")));
        try (ForumctlUp up = ForumctlUp.startCluster(Files.createTempDirectory(target, "bench-takeover-"), "up",
                upArgs.toArray(String[]::new))) {
            Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                    .until(() -> up.allReady() || !up.process().isAlive());
            if (!up.process().isAlive()) {
                throw new IllegalStateException("forumctl up --cluster ended:\n" + up.printed());
            }
            Takeovers takeovers = new Takeovers(up);
            Map<RelayService, List<Long>> measured = new EnumMap<>(RelayService.class);
            for (RelayService service : SERVICES) {
                takeovers.awaitBothBack(service, Duration.ofMinutes(3));
                for (int kill = 0; kill < kills; kill++) {
                    Takeovers.Takeover takeover = takeovers.killActive(service);
                    measured.computeIfAbsent(service, s -> new ArrayList<>()).add(takeover.millis());
                    System.out.printf("  %-13s SIGKILLed, %-15s decides after %5d ms%n", takeover.killed(),
                            takeover.decided(), takeover.millis());
                    takeovers.awaitBothBack(service, Duration.ofMinutes(3));
                }
            }
            print(upArgs, measured);
        }
    }

    private static void print(List<String> upArgs, Map<RelayService, List<Long>> measured) {
        System.out.println();
        System.out.println("Takeover after SIGKILL of the active instance (forumctl up --cluster"
                + (upArgs.isEmpty() ? "" : " " + String.join(" ", upArgs)) + ")");
        System.out.println("| service | kills | min ms | median ms | max ms | target ≤ 10 s | aim ≤ 3 s |");
        System.out.println("|---|---|---|---|---|---|---|");
        measured.forEach((service, millis) -> {
            List<Long> sorted = millis.stream().sorted().toList();
            long max = sorted.get(sorted.size() - 1);
            System.out.printf("| %s | %d | %d | %d | %d | %s | %s |%n", service.serviceName(), sorted.size(),
                    sorted.get(0), sorted.get(sorted.size() / 2), max, max <= 10_000 ? "met" : "missed",
                    max <= 3_000 ? "met" : "missed");
        });
    }
}
