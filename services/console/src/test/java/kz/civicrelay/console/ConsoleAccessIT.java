package kz.civicrelay.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kz.civicrelay.console.access.Disclosure;
import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.DocumentKind;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.platform.testing.EndpointMatrix;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;
import kz.civicrelay.platform.testing.TopicLog;
import kz.civicrelay.schemas.serde.AvroEventSerializer;

/**
 * Who sees what in the console (decision 0015), against a real broker with tokens from {@link TestIssuer}: the
 * role × endpoint matrix over HTTP; names and organisations of participants withheld from auditors on every
 * endpoint that shows events (list, live stream, forum page, audit, dead letters), a region's team seeing only its
 * own region's, operators seeing all, Kazakh letters intact where shown; the public sent to the issuer with PKCE to
 * sign in; and who is signed in.
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "relay.console.heartbeat=300ms")
class ConsoleAccessIT {

    private static final String ALMATY_NAME = "Айгерім Сәрсенқызы";
    private static final String ALMATY_ORGANISATION = "«Жасыл Алатау» жастар орталығы";
    private static final String AKMOLA_NAME = "Ерлан Қанатұлы";
    private static final String AKMOLA_ORGANISATION = "«Көкше өңірі» қоғамдық бірлестігі";
    private static final String ALMATY_TEAM = TestIssuer.team("KZ-75");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;


    @Test
    void shouldHoldTheRoleByEndpointMatrix() throws Exception {
        SampleEvents events = new SampleEvents("console-matrix");
        var planned = events.planned();
        TopicLog.send("relay.scheduling", "console-matrix", planned);
        TopicLog.send("relay.scheduling", events.forum(1), events.scheduled(1));
        adoptOneRecommendationInTwoRevisions(new ResolutionSamples("console-matrix"));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/series/console-matrix", null).statusCode() == 200
                && get("/api/forums/" + events.forum(1) + "/resolution", null).statusCode() == 200);

        String matrix = """
                request                                | public | operator | auditor | team | editor | participant
                GET  /actuator/prometheus              | 401 | ok | ok | 403 | 403 | 403
                GET /api/me                            | ok     | ok       | ok      | ok   | ok     | ok
                GET /api/status                        | ok     | ok       | ok      | ok   | ok     | ok
                GET /api/series                        | ok     | ok       | ok      | ok   | ok     | ok
                GET /api/series/console-matrix         | ok     | ok       | ok      | ok   | ok     | ok
                GET /api/forums/%1$s                   | ok     | ok       | ok      | ok   | ok     | ok
                GET /api/series/console-matrix/calendar.ics | ok | ok       | ok      | ok   | ok     | ok
                GET /api/forums/%1$s/programme.ics     | ok     | ok       | ok      | ok   | ok     | ok
                GET /api/schemas                       | ok     | ok       | ok      | ok   | ok     | ok
                GET /api/forums/%1$s/resolution        | ok     | ok       | ok      | ok   | ok     | ok
                GET /api/forums/%1$s/resolution/earlier-open | ok | ok       | ok      | ok   | ok     | ok
                GET /api/series/console-matrix/recommendations | ok | ok     | ok      | ok   | ok     | ok
                GET /api/forums/%1$s/resolution/recommendations/rec-1/revisions | 401 | ok | ok | ok | ok    | ok
                GET /api/forums/%1$s/resolution/recommendations/rec-1/diff | 401 | ok | ok   | ok   | ok     | ok
                GET /api/schemas/0000000000000000      | ok     | ok       | ok      | ok   | ok     | ok
                GET /api/events                        | 401    | ok       | ok      | ok   | 403    | 403
                GET /api/stream                        | 401    | ok       | ok      | ok   | 403    | 403
                GET /api/history                       | 401    | ok       | ok      | ok   | 403    | 403
                GET /api/events/%2$s | 401 | ok     | ok      | ok   | 403    | 403
                GET /api/series/console-matrix/audit   | 401    | ok       | ok      | 403  | 403    | 403
                GET /api/series/console-matrix/deliveries | 401 | ok       | ok      | 403  | 403    | 403
                GET /api/inbox                         | 401    | ok       | 403     | ok   | 403    | 403
                GET /api/forums/%1$s/delegations       | 401    | ok       | 403     | ok   | 403    | 403
                GET /api/forums/%1$s/waitlist          | 401    | ok       | 403     | ok   | 403    | 403
                GET /api/forums/%1$s/lists/participants.csv | 401 | ok      | 403     | ok   | 403    | 403
                POST /api/notifications/n-1/acknowledge | 401   | ok       | 403     | ok   | 403    | 403
                POST /api/series/console-matrix/suspend | 401   | ok       | 403     | 403  | 403    | 403
                POST /api/series/console-matrix/resume | 401    | ok       | 403     | 403  | 403    | 403
                POST /api/series/console-matrix/close  | 401    | ok       | 403     | 403  | 403    | 403
                GET /api/dead-letters                  | 401    | ok       | ok      | 403  | 403    | 403
                GET /api/dead-letters/counts           | 401    | ok       | ok      | 403  | 403    | 403
                GET /api/processes                     | 401    | ok       | ok      | 403  | 403    | 403
                """.formatted(events.forum(1), kz.civicrelay.platform.envelope.Envelopes.of(planned).getEventId());
        EndpointMatrix.assertCovers(mappings, matrix);
        EndpointMatrix.at("http://localhost:" + port).caller("public", null).caller("operator", TestIssuer.operator())
                .caller("auditor", TestIssuer.auditor()).caller("team", ALMATY_TEAM)
                .caller("editor", TestIssuer.editor("KZ-75")).caller("participant", TestIssuer.participant("p-1", "KZ-75"))
                .assertTable(matrix, SharedKafkaBroker.bootstrapServers());
    }

    @Test
    void shouldShowNamesAndOrganisationsOnlyToThoseWhoMaySeeThem() throws Exception {
        // Given a participant from Almaty city (KZ-75) and one from Akmola (KZ-11) registered, and the auditor's
        // and Almaty team's live streams open.
        SampleEvents events = new SampleEvents("console-people");
        List<String> auditorStream = new CopyOnWriteArrayList<>();
        List<String> teamStream = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> auditorWatch = watchStream(auditorStream, TestIssuer.auditor());
        CompletableFuture<Void> teamWatch = watchStream(teamStream, ALMATY_TEAM);
        TopicLog.send("relay.scheduling", "console-people", events.planned());
        TopicLog.send("relay.scheduling", events.forum(1), events.scheduled(1));
        ParticipantRegistered almaty = events.registered(1, ALMATY_NAME, ALMATY_ORGANISATION, "KZ-75");
        ParticipantRegistered akmola = events.registered(1, AKMOLA_NAME, AKMOLA_ORGANISATION, "KZ-11");
        TopicLog.send("relay.registration", events.forum(1), almaty);
        TopicLog.send("relay.registration", events.forum(1), akmola);
        // A service refused a registration and quoted it in the reason: a dead letter carries personal data too.
        sendDeadLetter(events.forum(1), akmola, "Already registered: " + AKMOLA_NAME + " of " + AKMOLA_ORGANISATION);

        await().atMost(Duration.ofSeconds(30)).until(() -> count(get("/api/events", TestIssuer.operator()).body(),
                "ParticipantRegistered", events.forum(1)) == 2 && get("/api/dead-letters", TestIssuer.operator()).body()
                        .contains("Already registered"));
        try {
            // Operators see both, Kazakh letters intact.
            String operator = get("/api/events", TestIssuer.operator()).body();
            assertThat(operator).contains(ALMATY_NAME, ALMATY_ORGANISATION, AKMOLA_NAME, AKMOLA_ORGANISATION);
            assertThat(get("/api/dead-letters", TestIssuer.operator()).body()).contains(AKMOLA_NAME);

            // Auditors see neither, on any endpoint, yet see that the registrations happened.
            for (String path : List.of("/api/events", "/api/forums/" + events.forum(1), "/api/series/console-people/audit",
                    "/api/dead-letters")) {
                String auditor = get(path, TestIssuer.auditor()).body();
                assertThat(auditor).as(path).doesNotContain(ALMATY_NAME, ALMATY_ORGANISATION, AKMOLA_NAME,
                        AKMOLA_ORGANISATION).contains(Disclosure.WITHHELD);
            }
            assertThat(count(get("/api/events", TestIssuer.auditor()).body(), "ParticipantRegistered", events.forum(1)))
                    .isEqualTo(2);
            assertThat(get("/api/dead-letters", TestIssuer.auditor()).body()).contains("Already registered: •••");

            // Almaty's team sees its own region's participant, not Akmola's.
            for (String path : List.of("/api/events", "/api/forums/" + events.forum(1))) {
                String team = get(path, ALMATY_TEAM).body();
                assertThat(team).as(path).contains(ALMATY_NAME, ALMATY_ORGANISATION)
                        .doesNotContain(AKMOLA_NAME, AKMOLA_ORGANISATION);
            }

            // The public gets the forum's page without its events.
            JsonNode publicForum = json(get("/api/forums/" + events.forum(1), null).body());
            assertThat(publicForum.has("timeline")).isFalse();
            assertThat(publicForum.get("registered").asInt()).isEqualTo(2);

            // The live streams, each as its watcher may see it.
            await().atMost(Duration.ofSeconds(30)).until(() -> count(auditorStream, "ParticipantRegistered", events.forum(1)) == 2
                    && count(teamStream, "ParticipantRegistered", events.forum(1)) == 2);
            assertThat(String.join("\n", auditorStream)).doesNotContain(ALMATY_NAME, ALMATY_ORGANISATION, AKMOLA_NAME,
                    AKMOLA_ORGANISATION).contains(Disclosure.WITHHELD);
            assertThat(String.join("\n", teamStream)).contains(ALMATY_NAME, ALMATY_ORGANISATION)
                    .doesNotContain(AKMOLA_NAME, AKMOLA_ORGANISATION);
        } finally {
            auditorWatch.cancel(true);
            teamWatch.cancel(true);
        }
    }

    @Test
    void shouldSendThePublicToTheIssuerToSignInWithPkce() throws Exception {
        HttpResponse<String> response = get("/oauth2/authorization/relay", null);

        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertThat(location.getScheme() + "://" + location.getAuthority() + location.getPath())
                .as("derived from relay.security.issuer-uri, not discovered").isEqualTo(TestIssuer.ISSUER + "/oauth2/authorize");
        Map<String, String> query = FakeAuthorizationServer.form(location.getRawQuery());
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "relay-console")
                .containsEntry("redirect_uri", "http://localhost:" + port + "/login/oauth2/code/relay")
                .containsEntry("code_challenge_method", "S256").containsKeys("state", "nonce");
        assertThat(query.get("scope").split(" ")).containsExactlyInAnyOrder("openid", "profile");
        assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void shouldSayWhoIsSignedIn() throws Exception {
        assertThat(json(get("/api/me", null).body())).isEqualTo(json("{\"signedIn\":false}"));

        JsonNode auditor = json(get("/api/me", TestIssuer.auditor()).body());
        assertThat(auditor.get("signedIn").asBoolean()).isTrue();
        assertThat(auditor.get("subject").asString()).isEqualTo("auditor-dana");
        assertThat(auditor.get("name").asString()).isEqualTo("Дана Әбішева");
        assertThat(auditor.get("roles")).isEqualTo(json("[\"auditor\"]"));
        assertThat(auditor.get("panels")).isEqualTo(json("[\"events\",\"delivery\",\"audit\",\"system\"]"));
        assertThat(auditor.has("signOut")).as("a bearer token has no session to end").isFalse();

        JsonNode team = json(get("/api/me", ALMATY_TEAM).body());
        assertThat(team.get("region").asString()).isEqualTo("KZ-75");
        assertThat(team.get("roles")).isEqualTo(json("[\"regional-team\"]"));
        assertThat(team.get("panels")).isEqualTo(json("[\"events\",\"inbox\",\"roster\"]"));
        assertThat(json(get("/api/me", TestIssuer.editor("KZ-75")).body()).has("panels")).isFalse();
    }

    /** The matrix forum's resolution, adopted: what the public may read; its one recommendation amended once. */
    private static void adoptOneRecommendationInTwoRevisions(ResolutionSamples resolution) throws Exception {
        var first = ResolutionSamples.text("Саябақ салу", "Построить парк", "Build a park");
        var second = ResolutionSamples.text("Жасыл саябақ салу", "Построить зелёный парк", "Build a green park");
        for (SpecificRecord event : List.of(resolution.draftOpened(1), resolution.proposed(1, "rec-1",
                AddresseeKind.REGIONAL_AKIMAT, ResolutionSamples.AKIMAT, first),
                resolution.amended(1, "rec-1", 2, second, ResolutionSamples.EDITOR),
                resolution.adopted(1, DocumentKind.RESOLUTION, null, List.of(ResolutionSamples.adopted("rec-1",
                        AddresseeKind.REGIONAL_AKIMAT, ResolutionSamples.AKIMAT, second, 2))))) {
            TopicLog.send("relay.resolution", resolution.forum(1), event);
        }
    }

    private static long count(String body, String type, String forumId) {
        return json(body).valueStream().filter(e -> e.get("type").asString().equals(type)
                && forumId.equals(e.path("forumId").asString(null))).count();
    }

    private static long count(List<String> streamLines, String type, String forumId) {
        return streamLines.stream().filter(l -> l.startsWith("data:")).map(l -> json(l.substring(5)))
                .filter(e -> e.get("type").asString().equals(type) && forumId.equals(e.path("forumId").asString(null)))
                .count();
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    private HttpResponse<String> get(String path, @Nullable String token) throws Exception {
        return new ConsoleHttp(port).get(path, token);
    }

    private CompletableFuture<Void> watchStream(List<String> lines, String token) throws Exception {
        return new ConsoleHttp(port).watchStream(lines, token);
    }

    /** {@code event}'s bytes set aside on relay.registration.DLT, as a service's error handler would. */
    private static void sendDeadLetter(String key, SpecificRecord event, String reason) throws Exception {
        byte[] value;
        try (var serializer = new AvroEventSerializer()) {
            value = serializer.serialize("relay.registration", event);
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                "bootstrap.servers", SharedKafkaBroker.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            var record = new ProducerRecord<String, byte[]>("relay.registration.DLT", key, value);
            record.headers().add("relay-dlt-reason", reason.getBytes(StandardCharsets.UTF_8));
            record.headers().add("kafka_dlt-original-topic", "relay.registration".getBytes(StandardCharsets.UTF_8));
            record.headers().add("kafka_dlt-original-consumer-group", "scheduling-reactions".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }
}
