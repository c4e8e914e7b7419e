package kz.civicrelay.e2e.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;

import kz.civicrelay.e2e.ForumctlUp;
import kz.civicrelay.forumctl.demo.RelayApi;
import kz.civicrelay.forumctl.demo.SamplePlan;
import kz.civicrelay.forumctl.system.RelayService;

/**
 * Recovery after SIGKILL, measured, not asserted: {@code forumctl up} runs the system (its own JVM, as a
 * user runs it) and restarts what exits; a service is killed, the event it reacts to is appended at once,
 * and the time from the kill until its reaction is in the log is taken (the reaction's record timestamp).
 * Each service in turn, over whole series driven through the REST APIs:
 * <ul>
 * <li>registration: killed, then the forum convenes; its reaction is {@code RegistrationClosed};</li>
 * <li>resolution: killed, then the forum convenes; {@code ResolutionDraftOpened};</li>
 * <li>handoff: killed, then the forum completes; {@code BatonPassed};</li>
 * <li>scheduling: killed right after the forum's completion was accepted; it reacts to handoff's
 * {@code BatonPassed} with the next {@code ForumPreparationOpened}.</li>
 * </ul>
 * System properties: {@code bench.kills} (kills per service, default 3), {@code bench.variant} (a name
 * printed with the figures), {@code bench.service-properties} (comma-separated settings given to every
 * service through {@code forumctl up --service-property}, e.g. {@code relay.consumer.membership=dynamic}).
 */
public final class RecoveryBenchmark {

    private static final Duration STEP = Duration.ofSeconds(180);
    private static final int MAX_SERIES = 10;
    private static final List<RelayService> ORDER = List.of(RelayService.REGISTRATION, RelayService.RESOLUTION,
            RelayService.HANDOFF, RelayService.SCHEDULING);

    private final ForumctlUp up;
    private final RelayApi api;
    private final LogTimes log;

    private RecoveryBenchmark(ForumctlUp up) {
        this.up = up;
        this.api = new RelayApi(up.operator()::bearer);
        this.log = new LogTimes(up.bootstrapServers(),
                up.kafkaClient(kz.civicrelay.platform.security.KafkaPrincipal.CONSOLE));
    }

    public static void main(String[] args) throws Exception {
        int kills = Integer.getInteger("bench.kills", 3);
        String variant = System.getProperty("bench.variant", "as shipped");
        List<String> upArgs = new ArrayList<>();
        for (String property : System.getProperty("bench.service-properties", "").split(",")) {
            if (!property.isBlank()) {
                upArgs.addAll(List.of("--service-property", property.strip()));
            }
        }
        boolean fasterRestarts = Boolean.parseBoolean(System.getProperty("bench.faster-restarts", "false"));
        if (fasterRestarts) {
            upArgs.add("--faster-restarts");
        }
        Path target = Files.createDirectories(Path.of(System.getProperty("relay.e2e.work", "target")));
        try (ForumctlUp up = ForumctlUp.start(Files.createTempDirectory(target, "bench-recovery-"), "up",
                upArgs.toArray(String[]::new))) {
            awaitReady(up);
            if (fasterRestarts) {
                awaitClassDataArchives(up);
            }
            Map<RelayService, List<Long>> recovery = new RecoveryBenchmark(up).run(kills);
            print(variant, upArgs, recovery);
        }
    }

    private Map<RelayService, List<Long>> run(int kills) {
        Map<RelayService, List<Long>> recovery = new EnumMap<>(RelayService.class);
        ORDER.forEach(s -> recovery.put(s, new ArrayList<>()));
        int sample = 0;
        int skipped = 0;
        for (int series = 1; series <= MAX_SERIES && recovery.values().stream().anyMatch(l -> l.size() < kills);
                series++) {
            JsonNode plan = api.expect(201, up.serviceUrl(RelayService.SCHEDULING) + "/api/series",
                    SamplePlan.plan("bench-recovery-" + series, LocalDate.of(2040 + series, 3, 10))).body();
            List<JsonNode> forums = new ArrayList<>();
            plan.get("forums").forEach(forums::add);
            for (int i = 0; i < forums.size(); i++) {
                RelayService victim = ORDER.get(sample % ORDER.size());
                boolean last = i == forums.size() - 1;
                boolean measure = recovery.get(victim).size() < kills && !(last && victim == RelayService.SCHEDULING);
                String next = last ? "" : forums.get(i + 1).get("forumId").asText();
                Long ms = holdForum(forums.get(i).get("forumId").asText(), next, measure ? victim : null);
                if (ms != null && ms < 0) {
                    sample += ++skipped % 3 == 0 ? 1 : 0; // never stall on one victim
                    System.out.printf("  %-12s reacted before the kill landed: not counted%n", victim.serviceName());
                } else if (ms != null) {
                    recovery.get(victim).add(ms);
                    System.out.printf("  %-12s killed, reacting again after %6d ms%n", victim.serviceName(), ms);
                    sample++;
                }
            }
        }
        return recovery;
    }

    /** Runs one forum; if {@code victim} is given, kills it at its moment and returns its recovery in ms. */
    private Long holdForum(String forumId, String nextForumId, RelayService victim) {
        String scheduling = up.serviceUrl(RelayService.SCHEDULING);
        String registration = up.serviceUrl(RelayService.REGISTRATION);
        String resolution = up.serviceUrl(RelayService.RESOLUTION) + "/api/forums/" + forumId + "/resolution";
        api.await(registration + "/api/forums/" + forumId + "/registration",
                r -> r.status() == 200 && "OPEN".equals(r.body().path("status").asText()), STEP);
        api.expect(201, registration + "/api/forums/" + forumId + "/participants",
                SamplePlan.participants("KZ-75").get(0));
        Long recovery = null;
        if (victim == RelayService.REGISTRATION || victim == RelayService.RESOLUTION) {
            Instant killed = kill(victim);
            api.expect(200, scheduling + "/api/forums/" + forumId + "/convene", Map.of());
            recovery = log.await(victim == RelayService.REGISTRATION ? "RegistrationClosed" : "ResolutionDraftOpened",
                    forumId, killed);
        } else {
            api.expect(200, scheduling + "/api/forums/" + forumId + "/convene", Map.of());
        }
        awaitReady(up);
        api.await(resolution, r -> r.status() == 200, STEP);
        api.expect(201, resolution + "/recommendations", SamplePlan.recommendations().get(0));
        api.expect(200, resolution + "/adopt", Map.of());
        api.await(scheduling + "/api/forums/" + forumId,
                r -> r.status() == 200 && r.body().hasNonNull("adoptedResolutionId"), STEP);
        if (victim == RelayService.HANDOFF) {
            Instant killed = kill(victim);
            api.expect(200, scheduling + "/api/forums/" + forumId + "/complete", Map.of());
            recovery = log.await("BatonPassed", forumId, killed);
        } else if (victim == RelayService.SCHEDULING) {
            long pid = pidOf(victim);
            api.expect(200, scheduling + "/api/forums/" + forumId + "/complete", Map.of());
            Instant killed = kill(pid);
            recovery = log.await("ForumPreparationOpened", nextForumId, killed);
        } else {
            api.expect(200, scheduling + "/api/forums/" + forumId + "/complete", Map.of());
        }
        awaitReady(up);
        return recovery;
    }

    private Instant kill(RelayService victim) {
        return kill(pidOf(victim));
    }

    private long pidOf(RelayService service) {
        return up.process(service).orElseThrow().path("pid").asLong();
    }

    /** SIGKILL; the moment it was sent. */
    private static Instant kill(long pid) {
        Instant at = Instant.now();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        return at;
    }

    /** As a user has it from the second start of a build on: restarts use the class-data archives. */
    private static void awaitClassDataArchives(ForumctlUp up) {
        Awaitility.await().atMost(Duration.ofMinutes(10)).pollDelay(Duration.ofSeconds(1))
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    String printed = up.printed();
                    return printed.contains("Press Ctrl-C to stop.") && (!printed.contains("Preparing class-data archives")
                            || printed.contains("Class-data archives for faster restarts ready"));
                });
    }

    private static void awaitReady(ForumctlUp up) {
        Awaitility.await().atMost(STEP).pollInterval(Duration.ofMillis(100))
                .until(() -> up.allReady() || !up.process().isAlive());
        if (!up.process().isAlive()) {
            throw new IllegalStateException("forumctl up ended:\n" + up.printed());
        }
    }

    private static void print(String variant, List<String> upArgs, Map<RelayService, List<Long>> recovery) {
        System.out.println();
        System.out.println("Recovery after SIGKILL, forumctl up restarting (" + variant + (upArgs.isEmpty() ? "" : "; "
                + String.join(" ", upArgs)) + "), kill -> reaction appended, ms:");
        recovery.forEach((service, ms) -> {
            if (ms.isEmpty()) {
                System.out.printf("  %-12s no kill measured%n", service.serviceName());
                return;
            }
            List<Long> sorted = ms.stream().sorted().toList();
            System.out.printf("  %-12s n=%d  min %6d  median %6d  max %6d   all %s%n", service.serviceName(),
                    sorted.size(), sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), ms);
        });
        System.out.println("Target: <= 10000 ms for each service; aim: <= 3000 ms.");
    }
}
