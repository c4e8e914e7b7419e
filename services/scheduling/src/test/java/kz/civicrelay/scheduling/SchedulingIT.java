package kz.civicrelay.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.ForumProgrammeSet;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.events.SeriesClosedEarly;
import kz.civicrelay.events.SeriesSuspended;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.testing.EndpointMatrix;
import kz.civicrelay.platform.testing.RestartedService;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;
import kz.civicrelay.platform.testing.TopicLog;
import kz.civicrelay.reference.Region;
import kz.civicrelay.reference.Regions;

/**
 * Scheduling against a real broker: the plan, the lifecycle rules, the reaction to the baton, and a
 * restarted service that rebuilds the same series, its forums in plan order, from the log.
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class, OutputCaptureExtension.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchedulingIT {

    private static final String SERIES = "it-series";
    private static final String FIRST = "it-series-01-kz-33";
    private static final String SECOND = "it-series-02-kz-75";
    /** A second series planned while the first runs (decision 0017). */
    private static final String NEXT = "it-next";
    private static final String NEXT_FIRST = "it-next-01-kz-33";
    private static final String NEXT_SECOND = "it-next-02-kz-75";
    private static final String REASON = """
            {"reason":{"kk":"Су тасқыны","ru":"Паводок в регионе","en":"Flooding in the region"}}""";
    /** The plan's host regions in relay order: Jetisu, Almaty, then every other region. */
    private static final List<String> HOSTS = Stream.concat(Stream.of("KZ-33", "KZ-75"),
            Regions.all().stream().map(Region::code).filter(c -> !c.equals("KZ-33") && !c.equals("KZ-75"))).toList();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final EnvelopeFactory handoff = new EnvelopeFactory("handoff", Clock.systemUTC());

    private RestClient client() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(TestIssuer.bearer(TestIssuer.operator())).build();
    }

    @Test
    @Order(1)
    void shouldPublishThePlanAndOpenPreparationOfTheFirstForum() {
        var response = client().post().uri("/api/series").contentType(MediaType.APPLICATION_JSON)
                .header("X-Actor", "mallory").body(plan()).retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        assertThat(response.getBody()).contains("Жетісу облысы").contains("PREPARATION_OPEN");
        List<SpecificRecord> events = readAll("relay.scheduling");
        assertThat(events).extracting(e -> e.getSchema().getName()).as("one forum per host region")
                .containsOnly("SeriesPlanned", "ForumScheduled", "ForumPreparationOpened").hasSize(HOSTS.size() + 2)
                .containsOnlyOnce("SeriesPlanned", "ForumPreparationOpened");
        assertThat(events).as("the actor comes from the token; X-Actor no longer decides who acted")
                .extracting(e -> ((Envelope) e.get(0)).getActor())
                .containsOnly(new Actor(ActorKind.OPERATOR, "operator-aigerim", "Әйгерім Сәрсенқызы", null));
    }

    @Test
    @Order(2)
    void shouldRefuseCompletionUntilTheResolutionIsAdopted() {
        client().post().uri("/api/forums/{id}/convene", FIRST).retrieve().toBodilessEntity();

        var refused = client().post().uri("/api/forums/{id}/complete", FIRST).retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(refused.getBody()).contains("resolution is adopted");
    }

    @Test
    @Order(3)
    void shouldCompleteAfterAdoptionAndOpenTheNextForumWhenTheBatonArrives() throws Exception {
        send("relay.resolution", FIRST, ResolutionAdopted.newBuilder()
                .setEnvelope(new EnvelopeFactory("resolution", Clock.systemUTC()).forCommand(SERIES, FIRST, operator()))
                .setResolutionId("res-1").setTitle(new LocalizedText("Қарар", "Резолюция", "Resolution"))
                .setRecommendationIds(List.of("r1")).build());
        await().atMost(Duration.ofSeconds(30)).until(() -> client().get().uri("/api/forums/{id}", FIRST).retrieve()
                .body(String.class).contains("res-1"));

        var completed = client().post().uri("/api/forums/{id}/complete", FIRST).retrieve().toEntity(String.class);
        assertThat(completed.getBody()).contains("COMPLETED");

        var baton = BatonPassed.newBuilder()
                .setEnvelope(handoff.forCommand(SERIES, SECOND, operator()))
                .setHandoffNumber(1).setFromForumId(FIRST).setFromRegionCode("KZ-33")
                .setToForumId(SECOND).setToRegionCode("KZ-75").setToPosition(2).build();
        send("relay.handoff", SECOND, baton);
        send("relay.handoff", SECOND, baton);

        await().atMost(Duration.ofSeconds(30)).until(() -> client().get().uri("/api/forums/{id}", SECOND).retrieve()
                .body(String.class).contains("PREPARATION_OPEN"));
        List<SpecificRecord> events = readAll("relay.scheduling");
        assertThat(events).filteredOn(e -> e instanceof ForumCompleted).hasSize(1);
        assertThat(events).filteredOn(e -> e instanceof ForumPreparationOpened)
                .extracting(e -> ((ForumPreparationOpened) e).getRegionCode())
                .as("a duplicate BatonPassed opens nothing twice").containsExactly("KZ-33", "KZ-75");
        var opened = (ForumPreparationOpened) events.get(events.size() - 1);
        assertThat(opened.getEnvelope().getCausationId()).isEqualTo(baton.getEnvelope().getEventId().toString());
    }

    @Test
    @Order(4)
    void shouldRejectInvalidPlansWithProblemDetails() {
        var refused = client().post().uri("/api/series").contentType(MediaType.APPLICATION_JSON)
                .body("{\"seriesId\":\"Bad Id\",\"forums\":[]}").retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).contains("application/problem+json");
    }

    @Test
    @Order(5)
    void listsTheForumsInPlanOrderAfterARestartWhateverOrderTheReplayReadThem() {
        String live = client().get().uri("/api/series/{id}", SERIES).retrieve().body(String.class);

        try (RestartedService restarted = RestartedService.start(SchedulingApplication.class, "scheduling")) {
            RestClient rebuilt = restarted.client();

            SeriesJson series = rebuilt.get().uri("/api/series/{id}", SERIES).retrieve().body(SeriesJson.class);

            assertThat(series.forums()).extracting(ForumJson::position)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, HOSTS.size()).boxed().toList());
            assertThat(series.forums()).extracting(ForumJson::regionCode).containsExactlyElementsOf(HOSTS);
            assertThat(series.forums()).extracting(ForumJson::status).startsWith("COMPLETED", "PREPARATION_OPEN")
                    .filteredOn(status -> status.equals("SCHEDULED")).hasSize(HOSTS.size() - 2);
            assertThat(rebuilt.get().uri("/api/series/{id}", SERIES).retrieve().body(String.class))
                    .as("the restarted service shows the series as the running one does").isEqualTo(live);
        }
    }

    /** The parts of {@code GET /api/series} this test reads. */
    record SeriesJson(String seriesId, List<ForumJson> forums) {
    }

    record ForumJson(String forumId, int position, String regionCode, String status) {
    }

    /**
     * Two more instances of scheduling, apart from the one under test (a service name and transactional ids
     * of their own): the first to start holds the lease and decides; the standby serves reads from the log it
     * follows, answers a write with 503, Retry-After and the active instance's address, and decides once the
     * active instance has stopped. Every write lands once.
     */
    @Test
    @Order(6)
    void aStandbyRefusesWritesNamingTheActiveInstanceAndTakesOverWhenItStops() {
        String third = "it-series-03-" + HOSTS.get(2).toLowerCase(java.util.Locale.ROOT);
        String[] pair = {"--spring.application.name=scheduling-pair",
                "--spring.kafka.producer.transaction-id-prefix=scheduling-pair-tx-"};
        try (var active = RestartedService.startInstance(SchedulingApplication.class, "scheduling-a", pair);
                var standby = RestartedService.startInstance(SchedulingApplication.class, "scheduling-b", pair)) {
            var refused = standby.client().post().uri("/api/forums/{id}/postpone", third)
                    .contentType(MediaType.APPLICATION_JSON).body(postponement("2026-09-01")).retrieve()
                    .onStatus(status -> true, (request, response) -> { })
                    .toEntity(String.class);
            assertThat(refused.getStatusCode().value()).isEqualTo(503);
            assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("1");
            assertThat(refused.getHeaders().getFirst("Relay-Active-Instance")).startsWith("scheduling-a http://localhost:");
            assertThat(refused.getBody()).contains("standby").contains("scheduling-a");

            active.client().post().uri("/api/forums/{id}/postpone", third).contentType(MediaType.APPLICATION_JSON)
                    .body(postponement("2026-09-01")).retrieve().toBodilessEntity();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(standby.client().get()
                    .uri("/api/forums/{id}", third).retrieve().body(String.class)).contains("2026-09-01"));

            active.close();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> standby.client()
                    .post().uri("/api/forums/{id}/postpone", third).contentType(MediaType.APPLICATION_JSON)
                    .body(postponement("2026-10-01")).retrieve().onStatus(status -> true, (request, response) -> { })
                    .toBodilessEntity().getStatusCode().value() == 200);
        }
        assertThat(readAll("relay.scheduling")).filteredOn(e -> e.getSchema().getName().equals("ForumPostponed"))
                .as("each postponement once: one by the active instance, one by the standby after it took over")
                .hasSize(2);
    }

    private static String postponement(String start) {
        return """
                {"startDate":"%s","endDate":"%s","reason":{"kk":"Залды жөндеу","ru":"Ремонт зала","en":"Hall repairs"}}
                """.formatted(start, start);
    }

    private static Actor operator() {
        return new Actor(ActorKind.OPERATOR, "it", null, null);
    }

    private static String plan() {
        return plan(SERIES);
    }

    private static String plan(String seriesId) {
        StringBuilder others = new StringBuilder();
        for (String code : HOSTS.subList(2, HOSTS.size())) {
            Region region = Regions.byCode(code);
            others.append("""
                    ,{"regionCode":"%s","localTitle":{"kk":"%s форумы","ru":"Форум: %s","en":"%s forum"},
                      "theme":{"kk":"Азаматтық бастамалар","ru":"Гражданские инициативы","en":"Civic initiatives"},
                      "city":{"kk":"%s","ru":"%s","en":"%s"},
                      "venue":{"kk":"Өңірлік кітапхана","ru":"Областная библиотека","en":"Regional library"},
                      "startDate":"2026-05-05","endDate":"2026-05-06","capacity":120,"international":false}
                    """.formatted(code, region.name().kk(), region.name().ru(), region.name().en(),
                    region.centre().kk(), region.centre().ru(), region.centre().en()));
        }
        return """
                {"seriesId":"%s","title":{"kk":"Азаматтық форумдар","ru":"Гражданские форумы","en":"Civic forums"},
                 "forums":[
                  {"regionCode":"KZ-33","localTitle":{"kk":"II Азаматтық форум","ru":"II Гражданский форум","en":"II Civil Forum"},
                   "theme":{"kk":"Жергілікті өзін-өзі басқару","ru":"Местное самоуправление","en":"Local self-government"},
                   "city":{"kk":"Талдықорған","ru":"Талдыкорган","en":"Taldykorgan"},
                   "venue":{"kk":"Университет залы","ru":"Зал университета","en":"University hall"},
                   "startDate":"2026-03-10","endDate":"2026-03-11","capacity":200,"international":false},
                  {"regionCode":"KZ-75","localTitle":{"kk":"Алматы форумы","ru":"Форум Алматы","en":"Almaty forum"},
                   "theme":{"kk":"Әлеуметтік жобалар","ru":"Социальные проекты","en":"Social projects"},
                   "city":{"kk":"Алматы","ru":"Алматы","en":"Almaty"},
                   "venue":{"kk":"Атамекен палатасы","ru":"Палата Атамекен","en":"Atameken chamber"},
                   "startDate":"2026-04-14","endDate":"2026-04-14","capacity":150,"international":true}%s]}
                """.formatted(seriesId, others);
    }

    private static void send(String topic, String key, SpecificRecord event) throws Exception {
        TopicLog.send(topic, key, event);
    }

    private static List<SpecificRecord> readAll(String topic) {
        return TopicLog.events(topic);
    }

    /** Decision 0015: who may reach what here; refused requests append nothing; bad tokens get 401. */
    @Test
    @Order(7)
    void shouldHoldTheRoleByEndpointMatrix(CapturedOutput output) throws Exception {
        String matrix = """
                request                                  | public | operator | auditor | team | editor | participant
                GET  /actuator/prometheus                | 401 | ok | ok | 403 | 403 | 403
                GET  /api/series                         | ok     | ok       | ok      | ok   | ok     | ok
                GET  /api/forums/%1$s                    | ok     | ok       | ok      | ok   | ok     | ok
                POST /api/series                         | 401    | ok       | 403     | 403  | 403    | 403
                POST /api/forums/no-such-forum/convene   | 401    | ok       | 403     | 403  | 403    | 403
                POST /api/forums/no-such-forum/complete  | 401    | ok       | 403     | 403  | 403    | 403
                POST /api/forums/no-such-forum/postpone  | 401    | ok       | 403     | 403  | 403    | 403
                POST /api/forums/no-such-forum/cancel    | 401    | ok       | 403     | 403  | 403    | 403
                GET  /api/series/%2$s                    | ok     | ok       | ok      | ok   | ok     | ok
                POST /api/series/no-such-series/suspend  | 401    | ok       | 403     | 403  | 403    | 403
                POST /api/series/no-such-series/resume   | 401    | ok       | 403     | 403  | 403    | 403
                POST /api/series/no-such-series/close    | 401    | ok       | 403     | 403  | 403    | 403
                PATCH /api/forums/no-such-forum          | 401    | ok       | 403     | 403  | 403    | 403
                GET  /api/forums/%1$s/programme          | ok     | ok       | ok      | ok   | ok     | ok
                PUT  /api/forums/no-such-forum/programme | 401    | ok       | 403     | 403  | 403    | 403
                GET  /api/forums/%1$s/programme.ics      | ok     | ok       | ok      | ok   | ok     | ok
                GET  /api/series/%2$s/calendar.ics       | ok     | ok       | ok      | ok   | ok     | ok
                """.formatted(FIRST, SERIES);
        EndpointMatrix.assertCovers(mappings, matrix);
        EndpointMatrix.at("http://localhost:" + port).caller("public", null).caller("operator", TestIssuer.operator())
                .caller("auditor", TestIssuer.auditor()).caller("team", TestIssuer.team("KZ-33"))
                .caller("editor", TestIssuer.editor("KZ-33")).caller("participant", TestIssuer.participant("p-1", "KZ-33"))
                .body("POST /api/series", plan())
                .body("POST /api/forums/no-such-forum/postpone", postponement("2026-09-01"))
                .body("POST /api/forums/no-such-forum/cancel", "{\"reason\":{\"kk\":\"Себеп\",\"ru\":\"Причина\",\"en\":\"Reason\"}}")
                .body("POST /api/series/no-such-series/close", REASON)
                .body("PATCH /api/forums/no-such-forum", "{\"delegationQuota\":5}")
                .body("PUT /api/forums/no-such-forum/programme", "{\"sessions\":[]}")
                .output(output::getAll).assertTable(matrix, SharedKafkaBroker.bootstrapServers());
    }

    @Test
    @Order(8)
    void plansAnotherSeriesWhileOneRunsAndRefusesASeriesIdUsedBefore() {
        var planned = post("/api/series", plan(NEXT));

        assertThat(planned.getStatusCode().value()).isEqualTo(201);
        assertThat(planned.getHeaders().getLocation()).hasToString("/api/series/" + NEXT);
        assertThat(planned.getBody()).contains("\"seriesId\":\"" + NEXT + "\"").contains("\"status\":\"RUNNING\"");

        int before = readAll("relay.scheduling").size();
        var again = post("/api/series", plan(SERIES));
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(again.getBody()).contains("already planned");
        assertThat(readAll("relay.scheduling")).as("a refused plan appends nothing").hasSize(before);

        assertThat(client().get().uri("/api/series").retrieve().body(String.class))
                .contains("\"seriesId\":\"" + NEXT + "\"").contains("\"seriesId\":\"" + SERIES + "\"");
        assertThat(client().get().uri("/api/forums/{id}", NEXT_FIRST).retrieve().body(String.class))
                .contains("PREPARATION_OPEN").contains("\"seriesId\":\"" + NEXT + "\"");
    }

    @Test
    @Order(9)
    void aSuspendedSeriesHoldsItsBatonUntilResumedWhileTheOtherRunsOn() throws Exception {
        var suspended = post("/api/series/" + NEXT + "/suspend", REASON);
        assertThat(suspended.getStatusCode().value()).isEqualTo(200);
        assertThat(suspended.getBody()).contains("\"status\":\"SUSPENDED\"").contains("Паводок в регионе");

        int before = readAll("relay.scheduling").size();
        assertRefused(post("/api/forums/" + NEXT_FIRST + "/convene", "{}"), 409, "suspended");
        assertRefused(post("/api/series/" + NEXT + "/suspend", "{}"), 409, "suspended");
        assertThat(readAll("relay.scheduling")).as("refused acts append nothing").hasSize(before);
        assertThat(post("/api/forums/" + SECOND + "/convene", "{}").getStatusCode().value())
                .as("the other series runs on").isEqualTo(200);

        // A baton handoff decided before it learned of the suspension: scheduling keeps it, opens nothing yet
        var baton = BatonPassed.newBuilder().setEnvelope(handoff.forCommand(NEXT, NEXT_SECOND, operator()))
                .setHandoffNumber(1).setFromForumId(NEXT_FIRST).setFromRegionCode("KZ-33")
                .setToForumId(NEXT_SECOND).setToRegionCode("KZ-75").setToPosition(2).build();
        send("relay.handoff", NEXT_SECOND, baton);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> client().get()
                .uri("/api/forums/{id}", NEXT_SECOND).retrieve().body(String.class).contains("\"SCHEDULED\""));

        var resumed = post("/api/series/" + NEXT + "/resume", "");

        assertThat(resumed.getStatusCode().value()).isEqualTo(200);
        assertThat(resumed.getBody()).contains("\"status\":\"RUNNING\"").doesNotContain("Паводок");
        assertThat(client().get().uri("/api/forums/{id}", NEXT_SECOND).retrieve().body(String.class))
                .as("the baton that arrived meanwhile opens the forum on resume").contains("PREPARATION_OPEN");
        List<SpecificRecord> events = readAll("relay.scheduling");
        assertThat(events).filteredOn(e -> NEXT.equals(((Envelope) e.get(0)).getSeriesId()))
                .extracting(e -> e.getSchema().getName())
                .containsSubsequence("SeriesSuspended", "SeriesResumed")
                .as("the resumption and the opening it causes share a transaction, and may share a millisecond: "
                        + "read back across partitions, either may come first").containsSubsequence("SeriesSuspended",
                        "ForumPreparationOpened");
        assertThat(events).filteredOn(e -> e instanceof SeriesSuspended).singleElement()
                .satisfies(e -> assertThat(((SeriesSuspended) e).getReason().getRu()).isEqualTo("Паводок в регионе"));
    }

    @Test
    @Order(10)
    void closesASeriesEarlyWithAReasonAfterWhichEverythingIsRefused() {
        int before = readAll("relay.scheduling").size();
        assertRefused(post("/api/series/" + NEXT + "/close", "{}"), 400, "reason");
        assertRefused(post("/api/series/" + NEXT + "/close", """
                {"reason":{"kk":"%s","ru":"Причина","en":"Reason"}}""".formatted("ә".repeat(501))), 400, "reason.kk");
        assertRefused(post("/api/series/" + NEXT + "/close", """
                {"reason":{"kk":" ","ru":"Причина","en":"Reason"}}"""), 400, "reason.kk");
        assertRefused(post("/api/series/no-such-series/close", REASON), 404, "No series no-such-series");
        assertThat(readAll("relay.scheduling")).as("bad input appends nothing").hasSize(before);

        var closed = post("/api/series/" + NEXT + "/close", REASON);

        assertThat(closed.getStatusCode().value()).isEqualTo(200);
        assertThat(closed.getBody()).contains("\"status\":\"CLOSED_EARLY\"").contains("Flooding in the region");
        var event = (SeriesClosedEarly) readAll("relay.scheduling").stream().filter(e -> e instanceof SeriesClosedEarly)
                .findFirst().orElseThrow();
        assertThat(event.getEnvelope().getSeriesId()).isEqualTo(NEXT);
        assertThat(event.getEnvelope().getActor().getId()).isEqualTo("operator-aigerim");
        assertThat(event.getReason().getKk()).isEqualTo("Су тасқыны");
        assertThat(event.getBatonHolderForumId()).isEqualTo(NEXT_SECOND);
        assertThat(event.getForumsCompleted()).isZero();

        int after = readAll("relay.scheduling").size();
        for (String act : List.of("/api/forums/" + NEXT_SECOND + "/convene", "/api/forums/" + NEXT_SECOND + "/complete",
                "/api/series/" + NEXT + "/suspend", "/api/series/" + NEXT + "/resume")) {
            assertRefused(post(act, "{}"), 409, "closed early");
        }
        assertRefused(post("/api/series/" + NEXT + "/close", REASON), 409, "closed early");
        assertRefused(post("/api/forums/it-next-03-" + HOSTS.get(2).toLowerCase(java.util.Locale.ROOT) + "/postpone", postponement("2026-09-01")), 409, "closed early");
        assertRefused(post("/api/series", plan(NEXT)), 409, "already planned");
        assertThat(readAll("relay.scheduling")).as("a closed series changes no more").hasSize(after);
        assertThat(client().get().uri("/api/series").retrieve().body(String.class))
                .as("it stays listed, closed").contains("CLOSED_EARLY");
    }

    /** Decision 0018: the programme and plan edits before the baton reaches a forum, and the calendar feeds. */
    @Test
    @Order(11)
    void setsAndEditsTheProgrammeOfAForumTheBatonHasNotReachedAndRefusesItOnceReached() {
        String fourth = fourth();
        var set = put("/api/forums/" + fourth + "/programme", programme("", "PLENARY", "2026-05-05T10:00", null)
                .replace("]}", "," + session("", "DIALOGUE_PLATFORM", "2026-05-05T14:00", 40).substring(1) + "]}"));

        assertThat(set.getStatusCode().value()).as(set.getBody()).isEqualTo(200);
        assertThat(set.getBody()).contains("\"sessionId\":\"s1\"", "\"sessionId\":\"s2\"", "Asia/Almaty",
                "Бизнес және ҮЕҰ", "\"editable\":true");
        var event = lastOf(ForumProgrammeSet.class);
        assertThat(event.getEnvelope().getForumId()).isEqualTo(fourth);
        assertThat(event.getEnvelope().getActor().getId()).isEqualTo("operator-aigerim");
        assertThat(event.getTimeZone()).isEqualTo("Asia/Almaty");
        assertThat(event.getSessions()).extracting(s -> s.getSessionId() + " " + s.getKind() + " " + s.getStart()
                + " " + s.getCapacity()).containsExactly("s1 PLENARY 2026-05-05T10:00 null",
                        "s2 DIALOGUE_PLATFORM 2026-05-05T14:00 40");
        assertThat(event.getSessions().get(1).getTopic().getKk()).isEqualTo("Бизнес және ҮЕҰ: диалог алаңы");

        var again = put("/api/forums/" + fourth + "/programme", programme("\"sessionId\":\"s1\",", "PLENARY",
                "2026-05-05T09:00", null).replace("]}", "," + session("", "AWARDS", "2026-05-06T17:00", null)
                        .substring(1) + "]}"));
        assertThat(again.getBody()).contains("\"sessionId\":\"s1\"", "\"sessionId\":\"s3\"")
                .doesNotContain("\"sessionId\":\"s2\"");

        int before = readAll("relay.scheduling").size();
        assertRefused(put("/api/forums/" + fourth + "/programme", programme("", "BANQUET", "2026-05-05T10:00", null)),
                400, "kind");
        assertRefused(put("/api/forums/" + fourth + "/programme", programme("", "PANEL", "2026-05-07T10:00", null)),
                400, "not within the days");
        assertRefused(put("/api/forums/" + fourth + "/programme", programme("", "PANEL", "2026-05-05T10:00", 0)),
                400, "capacity");
        assertRefused(put("/api/forums/" + fourth + "/programme", programme("", "PANEL", "2026-05-05T10:00", null)
                .replace("\"end\":\"2026-05-05T12:00\"", "\"end\":\"2026-05-05T09:00\"")), 400, "end after it starts");
        assertRefused(put("/api/forums/" + fourth + "/programme", programme("", "PANEL", "2026-05-05T10:00", null)
                .replace("Бизнес және ҮЕҰ: диалог алаңы", " ")), 400, "topic.kk");
        assertRefused(put("/api/forums/" + SECOND + "/programme", programme("", "PANEL", "2026-04-14T10:00", null)),
                409, "baton has not reached");
        assertRefused(put("/api/forums/" + FIRST + "/programme", programme("", "PANEL", "2026-03-10T10:00", null)),
                409, "COMPLETED");
        assertRefused(patch("/api/forums/" + SECOND, "{\"delegationQuota\":5}"), 409, "baton has not reached");
        assertRefused(patch("/api/forums/" + fourth, "{\"delegationQuota\":0}"), 400, "delegationQuota");
        assertRefused(patch("/api/forums/" + fourth, "{}"), 400, "change something");
        assertRefused(patch("/api/forums/" + fourth, "{\"delegationQuota\":5,\"withoutDelegationQuota\":true}"), 400,
                "not both");
        assertRefused(patch("/api/forums/" + fourth, "{\"endDate\":\"2026-05-05\"}"), 409, "change the programme");
        assertThat(readAll("relay.scheduling")).as("refused edits append nothing").hasSize(before);

        var edited = patch("/api/forums/" + fourth, """
                {"venue":{"kk":"Жастар орталығы","ru":"Молодёжный центр","en":"Youth centre"},"delegationQuota":8}""");
        assertThat(edited.getStatusCode().value()).as(edited.getBody()).isEqualTo(200);
        assertThat(edited.getBody()).contains("Жастар орталығы", "\"delegationQuota\":8", "\"capacity\":120");
        var announced = lastOf(ForumScheduled.class);
        assertThat(announced.getEnvelope().getForumId()).isEqualTo(fourth);
        assertThat(announced.getDelegationQuota()).isEqualTo(8);
        assertThat(announced.getVenue().getKk()).isEqualTo("Жастар орталығы");
        assertThat(announced.getPosition()).isEqualTo(4);

        var unlimited = patch("/api/forums/" + fourth, "{\"withoutDelegationQuota\":true}");
        assertThat(unlimited.getStatusCode().value()).as(unlimited.getBody()).isEqualTo(200);
        assertThat(unlimited.getBody()).contains("Жастар орталығы").doesNotContain("delegationQuota");
        assertThat(lastOf(ForumScheduled.class).getDelegationQuota()).as("the quota removed on the log").isNull();
    }

    @Test
    @Order(12)
    void servesValidCalendarsOfTheSeriesAndOfAProgrammeWithKazakhLettersIntact() throws Exception {
        String fourth = fourth();
        var programme = RestClient.create("http://localhost:" + port).get().uri("/api/forums/{id}/programme.ics", fourth)
                .retrieve().toEntity(byte[].class);

        assertThat(programme.getHeaders().getContentType().toString()).startsWith("text/calendar")
                .containsIgnoringCase("charset=UTF-8");
        String ics = new String(programme.getBody(), StandardCharsets.UTF_8);
        Calendar calendar = validated(ics);
        assertThat(unfolded(ics)).contains("TZID:Asia/Almaty", "DTSTART;TZID=Asia/Almaty:20260505T090000", "Жастар орталығы",
                "UID:" + fourth + ".s1@civic-relay.kz", "UID:" + fourth + ".s3@civic-relay.kz");
        assertThat(calendar.getComponents("VEVENT")).hasSize(2);

        var series = RestClient.create("http://localhost:" + port).get().uri("/api/series/{id}/calendar.ics", SERIES)
                .retrieve().toEntity(byte[].class);
        String seriesIcs = new String(series.getBody(), StandardCharsets.UTF_8);
        assertThat(validated(seriesIcs).getComponents("VEVENT")).hasSize(HOSTS.size());
        assertThat(unfolded(seriesIcs)).contains("UID:" + FIRST + "@civic-relay.kz", "II Азаматтық форум", "Талдықорған");
    }

    @Test
    @Order(13)
    void aPlanMaySetEachForumsDelegationQuotaAndProgramme() {
        String quota = plan("it-quota").replaceFirst("\"international\":false}", "\"international\":false,"
                + "\"delegationQuota\":15,\"programme\":[{\"kind\":\"PLENARY\",\"topic\":{\"kk\":\"Пленарлық "
                + "отырыс\",\"ru\":\"Пленарное заседание\",\"en\":\"Plenary\"},\"start\":\"2026-03-10T10:00\","
                + "\"end\":\"2026-03-10T12:00\"}]}");

        assertThat(post("/api/series", quota).getStatusCode().value()).isEqualTo(201);

        List<SpecificRecord> events = readAll("relay.scheduling").stream()
                .filter(e -> "it-quota".equals(((Envelope) e.get(0)).getSeriesId())).toList();
        assertThat(events).filteredOn(e -> e instanceof ForumScheduled)
                .extracting(e -> ((ForumScheduled) e).getDelegationQuota()).startsWith(15).containsOnlyOnce(15);
        assertThat(events).filteredOn(e -> e instanceof ForumProgrammeSet).singleElement()
                .satisfies(e -> assertThat(((ForumProgrammeSet) e).getSessions().get(0).getSessionId()).isEqualTo("s1"));
        assertThat(client().get().uri("/api/forums/{id}/programme", "it-quota-01-kz-33").retrieve().body(String.class))
                .contains("Пленарлық отырыс", "\"editable\":false");
    }

    private static String fourth() {
        return "it-series-04-" + HOSTS.get(3).toLowerCase(java.util.Locale.ROOT);
    }

    /** The lines as written before folding (RFC 5545 folds at 75 octets, which may split a Kazakh word). */
    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }

    private static Calendar validated(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        var result = calendar.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        return calendar;
    }

    private static <T extends SpecificRecord> T lastOf(Class<T> type) {
        return readAll("relay.scheduling").stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> b)
                .orElseThrow();
    }

    private static String programme(String id, String kind, String start, Integer capacity) {
        return "{\"sessions\":[" + session(id, kind, start, capacity).substring(1) + "]}";
    }

    /** One session as JSON, with a leading comma; two hours long. */
    private static String session(String id, String kind, String start, Integer capacity) {
        String end = start.substring(0, 11) + String.format("%02d", Integer.parseInt(start.substring(11, 13)) + 2)
                + start.substring(13);
        return """
                ,{%s"kind":"%s","topic":{"kk":"Бизнес және ҮЕҰ: диалог алаңы","ru":"Бизнес и НПО","en":"Business and NGOs"},
                 "start":"%s","end":"%s","room":"Кіші зал","moderator":"Әлия Нұрланқызы"%s}""".formatted(id, kind, start,
                end, capacity == null ? "" : ",\"capacity\":" + capacity);
    }

    private ResponseEntity<String> put(String path, String json) {
        return client().put().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve()
                .onStatus(status -> true, (request, response) -> { }).toEntity(String.class);
    }

    private ResponseEntity<String> patch(String path, String json) {
        return client().patch().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve()
                .onStatus(status -> true, (request, response) -> { }).toEntity(String.class);
    }

    private ResponseEntity<String> post(String path, String json) {
        return client().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve()
                .onStatus(status -> true, (request, response) -> { }).toEntity(String.class);
    }

    private static void assertRefused(ResponseEntity<String> response, int status, String detail) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(response.getBody()).contains(detail);
    }
}
