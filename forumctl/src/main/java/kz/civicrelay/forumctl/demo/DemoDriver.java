package kz.civicrelay.forumctl.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.reference.Regions;

/**
 * Drives a whole series through the services' public APIs, as the secretariat would: publish the
 * plan; then for each forum, once its preparation is open, register participants, convene, propose
 * recommendations and adopt the resolution with the plenary's vote on the whole text, report the first
 * recommendation's follow-up (in progress), complete the forum, and watch the baton pass on.
 */
public final class DemoDriver {

    /** Where the services listen. */
    public record Endpoints(String scheduling, String registration, String resolution, String handoff,
            String bootstrapServers, Map<String, String> peers, Map<String, Object> kafkaClient) {

        /**
         * @param peers       each instance's base URL to its peer's, where services run as two instances
         * @param kafkaClient further settings of the Kafka client that watches the baton (SASL, decision 0015)
         */
        public Endpoints {
            peers = Map.copyOf(peers);
            kafkaClient = Map.copyOf(kafkaClient);
        }

        public Endpoints(String scheduling, String registration, String resolution, String handoff,
                String bootstrapServers, Map<String, String> peers) {
            this(scheduling, registration, resolution, handoff, bootstrapServers, peers, Map.of());
        }

        /** The same endpoints, Kafka read with these client settings (a principal's SASL ones). */
        public Endpoints withKafkaClient(Map<String, Object> settings) {
            return new Endpoints(scheduling, registration, resolution, handoff, bootstrapServers, peers, settings);
        }

        /** One instance of each service. */
        public Endpoints(String scheduling, String registration, String resolution, String handoff,
                String bootstrapServers) {
            this(scheduling, registration, resolution, handoff, bootstrapServers, Map.of());
        }

        public static Endpoints localDefaults(String bootstrapServers) {
            return new Endpoints("http://localhost:8081", "http://localhost:8082", "http://localhost:8083",
                    "http://localhost:8084", bootstrapServers);
        }

        /** The same endpoints, each service also at its second instance ({@code peers}: base URL → base URL). */
        public Endpoints withPeers(Map<String, String> more) {
            Map<String, String> all = new java.util.HashMap<>(peers);
            more.forEach((a, b) -> {
                all.put(a, b);
                all.put(b, a);
            });
            return new Endpoints(scheduling, registration, resolution, handoff, bootstrapServers, all, kafkaClient);
        }
    }

    /** What the demo did: participant ids accepted with 201, and the handoffs seen on Kafka. */
    public record Outcome(String seriesId, List<String> forumIds, List<String> registeredParticipantIds,
            List<BatonPassed> handoffs, boolean seriesCompleted) {
    }

    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);

    private final Endpoints endpoints;
    /** How long a service that refuses connections is waited for: forumctl up restarts one in a few seconds. */
    static final java.time.Duration RESTART = java.time.Duration.ofSeconds(90);

    private final RelayApi api;
    private final PrintStream out;

    /** @param operator an operator's access token, asked for before each call (a session renews it) */
    public DemoDriver(Endpoints endpoints, Supplier<Optional<String>> operator, PrintStream out) {
        this.endpoints = endpoints;
        // A service that forumctl up restarts (a crash, a kill) is waited for, as an operator would.
        this.api = new RelayApi(operator, endpoints.peers()).waitingForRestarts(RESTART);
        this.out = out;
    }

    public Outcome run(String seriesId, LocalDate firstDay) {
        return run(seriesId, firstDay, forumId -> { });
    }

    /** Runs the series; {@code afterCompletion} is called after each forum completes (fault tests hook in here). */
    public Outcome run(String seriesId, LocalDate firstDay, java.util.function.Consumer<String> afterCompletion) {
        try (BatonWatcher watcher = new BatonWatcher(endpoints.bootstrapServers(), endpoints.kafkaClient(), seriesId,
                out)) {
            JsonNode series = api.expect(201, endpoints.scheduling() + "/api/series",
                    SamplePlan.plan(seriesId, firstDay)).body();
            List<String> forumIds = new ArrayList<>();
            series.get("forums").forEach(f -> forumIds.add(f.get("forumId").asText()));
            out.println("Series " + seriesId + " planned: " + forumIds.size() + " forums");
            List<String> registered = new ArrayList<>();
            for (JsonNode forum : series.get("forums")) {
                registered.addAll(holdForum(forum));
                afterCompletion.accept(forum.get("forumId").asText());
            }
            awaitUntil(() -> watcher.seriesCompleted() && watcher.handoffs().size() >= forumIds.size() - 1,
                    "the series to complete on Kafka");
            out.println("Series completed: " + forumIds.size() + " forums, " + watcher.handoffs().size()
                    + " handoffs.");
            return new Outcome(seriesId, forumIds, registered, watcher.handoffs(), watcher.seriesCompleted());
        }
    }

    private List<String> holdForum(JsonNode forum) {
        String forumId = forum.get("forumId").asText();
        String region = forum.get("regionCode").asText();
        out.printf("Forum %2d %s — %s%n", forum.get("position").asInt(), forumId, Regions.byCode(region).name().joined());
        api.await(endpoints.scheduling() + "/api/forums/" + forumId,
                r -> r.status() == 200 && "PREPARATION_OPEN".equals(r.body().path("status").asText()), STEP_TIMEOUT);
        api.await(endpoints.registration() + "/api/forums/" + forumId + "/registration",
                r -> r.status() == 200 && "OPEN".equals(r.body().path("status").asText()), STEP_TIMEOUT);
        List<String> registered = new ArrayList<>();
        for (Map<String, Object> participant : SamplePlan.participants(region)) {
            registered.add(api.expect(201, endpoints.registration() + "/api/forums/" + forumId + "/participants",
                    participant).body().get("participantId").asText());
        }
        api.expect(200, endpoints.scheduling() + "/api/forums/" + forumId + "/convene", Map.of());
        String resolution = endpoints.resolution() + "/api/forums/" + forumId + "/resolution";
        api.await(resolution, r -> r.status() == 200, STEP_TIMEOUT);
        List<String> proposed = new ArrayList<>();
        for (Map<String, Object> recommendation : SamplePlan.recommendations()) {
            proposed.add(api.expect(201, resolution + "/recommendations", recommendation).body()
                    .path("recommendationId").asText());
        }
        JsonNode adopted = api.expect(200, resolution + "/adopt", SamplePlan.plenaryVote()).body();
        api.expect(200, resolution + "/recommendations/" + proposed.get(0) + "/progress", SamplePlan.followUpReport());
        JsonNode vote = adopted.path("vote");
        String hash = adopted.path("contentHash").asText();
        out.printf("   adopted by %d of %d present (%d against, %d abstained), SHA-256 %s…; follow-up of %s: "
                + "in progress%n",
                vote.path("inFavour").asInt(), vote.path("present").asInt(), vote.path("against").asInt(),
                vote.path("abstained").asInt(), hash.substring(0, Math.min(12, hash.length())), proposed.get(0));
        api.await(endpoints.scheduling() + "/api/forums/" + forumId,
                r -> r.status() == 200 && r.body().hasNonNull("adoptedResolutionId"), STEP_TIMEOUT);
        api.expect(200, endpoints.scheduling() + "/api/forums/" + forumId + "/complete", Map.of());
        return registered;
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(STEP_TIMEOUT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
