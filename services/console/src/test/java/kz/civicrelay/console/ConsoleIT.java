package kz.civicrelay.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kz.civicrelay.console.board.RelayBoard;
import kz.civicrelay.console.history.EventIndex;
import kz.civicrelay.console.history.EventSource;
import kz.civicrelay.console.history.History;
import kz.civicrelay.console.history.RowFilter;
import kz.civicrelay.console.stream.LiveStream;
import kz.civicrelay.console.stream.LogFollower;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;
import kz.civicrelay.platform.testing.TopicLog;

/**
 * The console against a real broker, read as a browser or curl would: events appended by another
 * client show on the relay track and the forum page, arrive on the live stream (Server-Sent Events,
 * Kazakh letters intact), and the series can be audited; a console started afterwards rebuilds the same
 * picture from the log. Tried as well: an unknown series and forum
 * (404 problem+json), undecodable bytes on a relay topic (skipped; the console goes on), a record
 * on a dead-letter topic (shown with its reason, and counted), and forumctl up's process status (passed
 * on; unreachable said plainly, still 200). Who sees what (decision 0015): the role × endpoint matrix, names and
 * organisations withheld from whoever may not see them on every endpoint, the way to sign in (PKCE) and who is
 * signed in. Requests are an operator's (bearer token) unless a test says otherwise.
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "relay.console.heartbeat=300ms", "relay.console.supervisor-timeout=1s" })
class ConsoleIT {

    /** forumctl up's status endpoint, played by a tiny HTTP server on a free port. */
    private static final FakeSupervisor supervisor = FakeSupervisor.start();

    private static final String KAZAKH = "Әсел Ғалымжанқызы ә ғ қ ң ө ұ ү һ і";

    @LocalServerPort
    int port;

    @Autowired
    RelayBoard board;

    @Autowired
    KafkaProperties kafka;

    @Autowired
    History history;

    @Autowired
    EventSource records;

    private final HttpClient http = HttpClient.newHttpClient();
    private final SampleEvents events = new SampleEvents("console-it");

    @DynamicPropertySource
    static void supervisorUrl(DynamicPropertyRegistry properties) {
        properties.add("relay.console.supervisor-url", supervisor::url);
    }

    @AfterAll
    static void stopSupervisor() {
        supervisor.close();
    }

    @Test
    void shouldShowTheRelayAsItIsAppendedAndStreamEachEventLive() throws Exception {
        List<String> streamed = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> watcher = watchStream(streamed, TestIssuer.operator());

        TopicLog.send("relay.scheduling", "console-it", events.planned());
        TopicLog.send("relay.scheduling", events.forum(1), events.scheduled(1));
        TopicLog.send("relay.scheduling", events.forum(2), events.scheduled(2));
        TopicLog.send("relay.scheduling", events.forum(1), events.preparationOpened(1));
        TopicLog.sendRaw("relay.registration", events.forum(1), "not an event".getBytes(StandardCharsets.UTF_8));
        TopicLog.send("relay.registration", events.forum(1), events.registered(1, KAZAKH));
        TopicLog.send("relay.handoff", events.forum(1), events.batonPassed());

        await().atMost(Duration.ofSeconds(30)).until(() -> streamed.stream().anyMatch(l -> l.contains("BatonPassed")));
        assertThat(streamed).anySatisfy(line -> assertThat(line).startsWith("data:").contains(KAZAKH));
        assertThat(streamed).anySatisfy(line -> assertThat(line).isEqualTo("event:relay-event"));

        String track = get("/api/series/console-it").body();
        assertThat(track).contains("\"batonHolder\":\"" + events.forum(2) + "\"")
                .contains("Жетісу облысы").contains("\"registered\":1").contains("Сынақ эстафетасы");
        assertThat(get("/api/forums/" + events.forum(1)).body()).contains(KAZAKH).contains("ParticipantRegistered");
        assertThat(get("/api/series/console-it/audit").body()).contains("\"findings\"").contains("SeriesPlanned");
        assertThat(get("/api/status").body()).contains("\"caughtUp\":true");
        watcher.cancel(true);

        // A console started now rebuilds the same picture from the log alone.
        EventIndex index = new EventIndex();
        RelayBoard rebuilt = new RelayBoard(index);
        History rebuiltHistory = new History(index, records);
        LogFollower restarted = new LogFollower(rebuilt, rebuiltHistory, new LiveStream(10, Duration.ofSeconds(15)),
                kafka);
        restarted.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(restarted::caughtUp);
            assertThat(rebuilt.series("console-it")).isEqualTo(board.series("console-it"));
            assertThat(rebuilt.forum(events.forum(1))).isEqualTo(board.forum(events.forum(1)));
            assertThat(rebuilt.series()).as("every series, in the same order").isEqualTo(board.series());
            assertThat(rebuiltHistory.audit("console-it")).isEqualTo(history.audit("console-it"));
            assertThat(rebuiltHistory.page(RowFilter.none(), null, 500, e -> e))
                    .isEqualTo(history.page(RowFilter.none(), null, 500, e -> e));
            assertThat(rebuilt.deadLetters()).isEqualTo(board.deadLetters());
        } finally {
            restarted.stop();
        }
    }

    @Test
    void shouldKeepAQuietStreamAliveAndDropAWatcherThatWentAway() throws Exception {
        int before = watchers();
        HttpResponse<java.io.InputStream> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/stream")).header("Authorization", "Bearer "
                + TestIssuer.operator()).build(), HttpResponse.BodyHandlers.ofInputStream());
        var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));

        // Given no event is appended, the stream still carries a heartbeat comment.
        CompletableFuture<Boolean> heartbeat = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.equals(":heartbeat")) {
                        return true;
                    }
                }
                return false;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertThat(heartbeat.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(watchers()).isEqualTo(before + 1);

        // When the watcher goes away without a word, the next heartbeat notices and drops it.
        response.body().close();
        await().atMost(Duration.ofSeconds(30)).until(() -> watchers() == before);
    }

    private int watchers() throws Exception {
        String status = get("/api/status").body();
        return Integer.parseInt(status.replaceAll(".*\"watchers\":(\\d+).*", "$1"));
    }

    @Test
    void shouldShowWhatWasSetAsideOnADeadLetterTopicWithItsReason() throws Exception {
        sendDeadLetter("relay.scheduling.DLT", "forum-dlt-kz-19", "Not an Avro single-object encoded event (қате)");

        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/dead-letters").body().contains("forum-dlt-kz-19"));
        assertThat(get("/api/dead-letters").body()).contains("\"type\":\"DeadLetter\"")
                .contains("Not an Avro single-object encoded event (қате)").contains("handoff-reactions")
                .contains("from=relay.scheduling");
        assertThat(get("/api/events").body()).contains("forum-dlt-kz-19");
    }

    @Test
    void shouldCountTheRecordsSetAsideOnEachDeadLetterTopic() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/status").body().contains("\"caughtUp\":true"));
        JsonNode before = json(get("/api/dead-letters/counts").body());
        assertThat(before.propertyNames()).containsExactly("relay.scheduling.DLT", "relay.registration.DLT",
                "relay.resolution.DLT", "relay.handoff.DLT", "relay.notifications.DLT", "relay.delivery.DLT",
                "relay.subscriptions.DLT", "relay.audit.DLT");

        sendDeadLetter("relay.handoff.DLT", "forum-count-1-kz-11", "not an event");
        sendDeadLetter("relay.handoff.DLT", "forum-count-2-kz-11", "not an event");
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/dead-letters").body().contains("forum-count-2-kz-11"));

        HttpResponse<String> counts = get("/api/dead-letters/counts");
        assertThat(counts.statusCode()).isEqualTo(200);
        JsonNode after = json(counts.body());
        assertThat(after.get("relay.handoff.DLT").asInt()).isEqualTo(before.get("relay.handoff.DLT").asInt() + 2);
        assertThat(after.get("relay.notifications.DLT").asInt()).isEqualTo(before.get("relay.notifications.DLT").asInt());
    }

    /** Writes a record that is not an event to a dead-letter topic, as a service's error handler would. */
    private static void sendDeadLetter(String topic, String key, String reason) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                "bootstrap.servers", SharedKafkaBroker.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            var record = new ProducerRecord<String, byte[]>(topic, key, "{garbage".getBytes(StandardCharsets.UTF_8));
            record.headers().add("relay-dlt-reason", reason.getBytes(StandardCharsets.UTF_8));
            record.headers().add("kafka_dlt-original-topic",
                    topic.replace(".DLT", "").getBytes(StandardCharsets.UTF_8));
            record.headers().add("kafka_dlt-original-consumer-group", "handoff-reactions".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    @Test
    void shouldPassOnWhatForumctlUpServesAndSayPlainlyWhenItIsNotThere() throws Exception {
        HttpResponse<String> running = get("/api/processes");
        assertThat(running.statusCode()).isEqualTo(200);
        JsonNode view = json(running.body());
        JsonNode served = json(FakeSupervisor.STATUS);
        assertThat(view.get("supervisor").asString()).isEqualTo("running");
        assertThat(view.get("supervisorUrl").asString()).isEqualTo(supervisor.url());
        assertThat(view.has("reason")).isFalse();
        assertThat(view.get("processes")).as("each process as received, nulls included").isEqualTo(served.get("processes"));
        for (String field : List.of("supervisorPid", "startedAt", "bootstrapServers", "dataDir")) {
            assertThat(view.get(field)).as(field).isEqualTo(served.get(field));
        }

        // A supervisor that hangs costs the console its timeout (1 s here), not the page.
        supervisor.answerAfter(Duration.ofSeconds(10));
        long asked = System.nanoTime();
        JsonNode hung = json(get("/api/processes").body());
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(4));
        assertThat(hung.get("supervisor").asString()).isEqualTo("unreachable");
        assertThat(hung.get("reason").asString()).isEqualTo("no answer within 1000 ms");

        // Without forumctl up (docker-compose): nothing listens on the port; still 200, saying so.
        supervisor.close();
        HttpResponse<String> down = get("/api/processes");
        assertThat(down.statusCode()).isEqualTo(200);
        assertThat(down.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode unreachable = json(down.body());
        assertThat(unreachable.get("supervisor").asString()).isEqualTo("unreachable");
        assertThat(unreachable.get("reason").asString()).contains("connection refused");
        assertThat(unreachable.get("processes").isEmpty()).isTrue();
    }

    @Test
    void shouldAnswerNotFoundAsProblemDetails() throws Exception {
        for (String path : List.of("/api/series/no-such-series", "/api/series/no-such-series/audit",
                "/api/forums/no-such-forum")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).contains("application/problem+json"));
        }
    }

    @Test
    void shouldServeThePageInItsThreeLanguages() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html"));
        assertThat(page.body()).contains("Өңірлік азаматтық форумдар эстафетасы").contains("Русский").contains("app.js");
        assertThat(get("/app.js").body()).contains("Эстафета региональных гражданских форумов")
                .contains("Relay of regional civic forums")
                .contains("forumctl up супервизоры қолжетімсіз").contains("/api/processes")
                .contains("/api/dead-letters/counts");
        assertThat(page.body()).contains("id=\"system-section\"").contains("Жүйе").contains("history.js");
        assertThat(get("/history.js", null).statusCode()).as("the page's scripts are public").isEqualTo(200);
        assertThat(get("/history.js").body()).contains("/api/stream").contains("/api/history").contains("/api/events/")
                .contains("Ертерек оқиғалар").contains("Более ранние события").contains("Older events");
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    /** As an operator. */
    private HttpResponse<String> get(String path) throws Exception {
        return get(path, TestIssuer.operator());
    }

    private HttpResponse<String> get(String path, @Nullable String token) throws Exception {
        return new ConsoleHttp(port).get(path, token);
    }

    private CompletableFuture<Void> watchStream(List<String> lines, String token) throws Exception {
        return new ConsoleHttp(port).watchStream(lines, token);
    }
}
