package kz.civicrelay.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;
import kz.civicrelay.platform.testing.TopicLog;

/**
 * The history and the filtered live stream against a real broker, as curl would read them: pages newest first
 * with a cursor, every filter as a query parameter, a text search in Kazakh, an event's detail with its causation
 * chain, names withheld from an auditor (and not searchable by them), and a stream that sends only what its filters
 * ask for. Tried as well: an ill-formed region, cursor and page size (400 problem+json) and an unknown event (404).
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "relay.console.heartbeat=300ms" })
class HistoryIT {

    private static final String NAME = "Әлия Құрманғазықызы";

    @LocalServerPort
    int port;

    /** The W3C specification's own example of a trace context. */
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final SampleEvents events = new SampleEvents("history-it");

    @Test
    void pagesFiltersSearchesAndExplainsTheLog() throws Exception {
        List<String> batons = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> watcher = http().watchStream("/api/stream?series=history-it&type=BatonPassed", batons,
                TestIssuer.operator());
        SpecificRecord completed = events.completed(1);
        SpecificRecord baton = events.batonPassed();
        Envelopes.of(baton).setCausationId(id(completed));
        SpecificRecord opened = events.preparationOpened(2);
        Envelopes.of(opened).setCausationId(id(baton));
        TopicLog.send("relay.scheduling", "history-it", at(events.planned(), 0));
        TopicLog.send("relay.registration", events.forum(1), at(events.registered(1, NAME), 1));
        TopicLog.send("relay.scheduling", events.forum(1), at(completed, 2));
        TopicLog.send("relay.handoff", events.forum(1), at(baton, 3), Map.of("traceparent", TRACEPARENT));
        TopicLog.send("relay.scheduling", events.forum(2), at(opened, 4));
        await().atMost(Duration.ofSeconds(30)).until(() -> json(get("/api/history?series=history-it")).get("events")
                .size() == 5);

        // Pages, newest first, with a cursor to the older ones
        JsonNode first = json(get("/api/history?series=history-it&limit=2"));
        assertThat(types(first)).containsExactly("ForumPreparationOpened", "BatonPassed");
        JsonNode second = json(get("/api/history?series=history-it&limit=2&before=" + first.get("before").asString()));
        assertThat(types(second)).containsExactly("ForumCompleted", "ParticipantRegistered");
        JsonNode last = json(get("/api/history?series=history-it&limit=2&before=" + second.get("before").asString()));
        assertThat(types(last)).containsExactly("SeriesPlanned");
        assertThat(last.hasNonNull("before")).as("the start of the log").isFalse();

        // Filters, and a text search in Kazakh
        assertThat(types(json(get("/api/history?series=history-it&type=BatonPassed,ForumCompleted"))))
                .containsExactly("BatonPassed", "ForumCompleted");
        assertThat(types(json(get("/api/history?series=history-it&service=handoff")))).containsExactly("BatonPassed");
        assertThat(types(json(get("/api/history?series=history-it&q=" + encoded("құрманғазы")))))
                .containsExactly("ParticipantRegistered");
        assertThat(json(get("/api/history?series=history-it&q=" + encoded("құрманғазы"), TestIssuer.auditor()))
                .get("events").size()).as("withheld from an auditor, so not found by one").isZero();

        // An event's detail: raw fields, what caused it, what it caused
        JsonNode detail = json(get("/api/events/" + id(baton)));
        assertThat(detail.get("event").get("type").asString()).isEqualTo("BatonPassed");
        assertThat(detail.get("event").get("sentence").get("kk").asString()).as("read as a sentence")
                .contains("эстафетаны").contains("табыстады");
        assertThat(detail.get("raw").asString()).contains("toForumId");
        assertThat(detail.get("causedBy").get(0).get("type").asString()).isEqualTo("ForumCompleted");
        assertThat(detail.get("caused").get(0).get("type").asString()).isEqualTo("ForumPreparationOpened");
        assertThat(detail.get("traceId").asString()).as("the trace its record carries, beside its causation")
                .isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(json(get("/api/events/" + id(completed))).has("traceId"))
                .as("a record written without a trace").isFalse();
        String registered = json(get("/api/history?series=history-it&type=ParticipantRegistered")).get("events").get(0)
                .get("eventId").asString();
        assertThat(get("/api/events/" + registered, TestIssuer.auditor())).doesNotContain("Құрманғазы");

        // A forum's page, to the public (no timeline) and to an operator (its timeline read back from the log)
        for (int i = 0; i < 2; i++) {
            var forum = http().get("/api/forums/" + events.forum(1), null);
            assertThat(forum.statusCode()).as(forum.body()).isEqualTo(200);
        }
        assertThat(get("/api/forums/" + events.forum(1))).contains("ForumCompleted");

        // The live stream sent only the baton
        await().atMost(Duration.ofSeconds(10)).until(() -> batons.stream().anyMatch(l -> l.contains("BatonPassed")));
        assertThat(batons).filteredOn(l -> l.startsWith("data:")).allSatisfy(l -> assertThat(l).contains("BatonPassed"));
        watcher.cancel(true);
    }

    @Test
    void refusesIllFormedQueriesAsProblemDetails() throws Exception {
        for (String path : List.of("/api/history?region=Almaty", "/api/history?before=yesterday",
                "/api/history?limit=0", "/api/history?limit=501")) {
            var response = http().get(path, TestIssuer.operator());
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).contains("application/problem+json"));
        }
        assertThat(http().get("/api/events/" + java.util.UUID.randomUUID(), TestIssuer.operator()).statusCode())
                .isEqualTo(404);
    }

    private ConsoleHttp http() {
        return new ConsoleHttp(port);
    }

    private String get(String path) throws Exception {
        return get(path, TestIssuer.operator());
    }

    private String get(String path, String token) throws Exception {
        var response = http().get(path, token);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static List<String> types(JsonNode page) {
        return page.get("events").valueStream().map(e -> e.get("type").asString()).toList();
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    private static String id(SpecificRecord event) {
        return String.valueOf(Envelopes.of(event).getEventId());
    }

    /** The event as if it happened {@code seconds} after the series began. */
    private static <E extends SpecificRecord> E at(E event, int seconds) {
        Envelopes.of(event).setOccurredAt(java.time.Instant.parse("2031-05-01T09:00:00Z").plusSeconds(seconds));
        return event;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
