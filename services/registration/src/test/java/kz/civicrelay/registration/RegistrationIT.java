package kz.civicrelay.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.ForumCancelled;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.AttendanceMarked;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.events.PromotionDeclined;
import kz.civicrelay.events.WaitlistPromoted;
import kz.civicrelay.events.RegistrationCancelled;
import kz.civicrelay.events.RegistrationClosed;
import kz.civicrelay.events.RegistrationOpened;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.security.RelayRole;
import kz.civicrelay.platform.testing.EndpointMatrix;
import kz.civicrelay.platform.testing.RestartedService;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;
import kz.civicrelay.platform.testing.TopicLog;
import kz.civicrelay.platform.checkin.CheckInCodes;
import kz.civicrelay.schemas.serde.AvroEventDeserializer;

/**
 * Registration against a real broker: reactions to scheduling, the REST API and its refusals, capacity,
 * and a restarted service that lists the same participants in the same order.
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class, OutputCaptureExtension.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "relay.checkin.key=" + RegistrationIT.CHECKIN_KEY)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrationIT {

    private static final String SERIES = "it-registration";
    private static final String FIRST = "it-registration-01-kz-33";
    private static final String SMALL = "it-registration-02-kz-75";
    private static final String THIRD = "it-registration-03-kz-71";
    private static final String FOURTH = "it-registration-04-kz-79";
    private static final String FIFTH = "it-registration-05-kz-47";
    private static final String BAD = "it-registration-08-kz-35";
    private static final String UNKNOWN = "it-registration-09-kz-10";
    private static final String MATRIX = "it-registration-10-kz-63";
    private static final String DELEGATIONS = "it-registration-06-kz-11";
    private static final String DOOR = "it-registration-07-kz-19";
    static final String CHECKIN_KEY = "cmVnaXN0cmF0aW9uIElUIGNoZWNrLWluIGtleTogMzIrIGJ5dGVzIQ==";
    private static final String NAME = "Әсем Ғабитқызы Қоңырбаева";
    private static final String ORGANISATION = "Шәһәр жастарының «Ұлағат» үйірмесі, өңірлік ғылыми қоғам ұйымы";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    CheckInCodes codes;

    private final EnvelopeFactory scheduling = new EnvelopeFactory("scheduling", Clock.systemUTC());

    @Test
    @Order(1)
    void shouldOpenRegistrationOnceWhenPreparationOpensEvenIfTheEventComesTwice() throws Exception {
        send(scheduled(FIRST, 1, "KZ-33", 200));
        send(scheduled(SMALL, 2, "KZ-75", 2));
        send(scheduled(THIRD, 3, "KZ-71", 50));
        ForumPreparationOpened opened = preparationOpened(FIRST, 1, "KZ-33");

        send(opened);
        send(opened);
        send(preparationOpened(FIRST, 1, "KZ-33"));

        await().atMost(Duration.ofSeconds(30)).until(() -> body(get("/api/forums/{f}/registration", FIRST))
                .contains("\"OPEN\""));
        awaitReactionsCaughtUp();
        assertThat(forumEvents(FIRST)).filteredOn(e -> e instanceof RegistrationOpened)
                .as("duplicated upstream events open registration once").hasSize(1)
                .first().satisfies(e -> {
                    var event = (RegistrationOpened) e;
                    assertThat(event.getCapacity()).isEqualTo(200);
                    assertThat(event.getRegionCode()).isEqualTo("KZ-33");
                    assertThat(event.getEnvelope().getCausationId()).isEqualTo(id(opened));
                });
    }

    @Test
    @Order(2)
    void shouldRefuseRegistrationBeforeItOpens() {
        assertThat(body(get("/api/forums/{f}/registration", SMALL))).contains("\"NOT_OPEN\"").contains("\"capacity\":2");

        var refused = post(SMALL, registerBody("Olga Kim", "Media centre"), null);

        assertProblem(refused, 409, "not open yet");
    }

    @Test
    @Order(3)
    void shouldRegisterAParticipantAndKeepKazakhLettersFromRestToKafkaAndBack() {
        String asem = TestIssuer.participant("asem-kz", "KZ-61");
        assertProblem(post(FIRST, registerBody(NAME, ORGANISATION), asem), 400, "email is required");
        var created = post(FIRST, withContacts(registerBody(NAME, ORGANISATION), " Әсем.Ж@Пошта.ҚАЗ ",
                "8 (701) 555-12-34"), asem);

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String location = created.getHeaders().getLocation().toString();
        assertThat(location).startsWith("/api/forums/" + FIRST + "/participants/");
        String participantId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(created.getBody()).contains(NAME).contains(participantId).contains("Түркістан облысы");

        var registered = (ParticipantRegistered) forumEvents(FIRST).stream()
                .filter(e -> e instanceof ParticipantRegistered).findFirst().orElseThrow();
        assertThat(registered.getParticipantId()).isEqualTo(participantId);
        assertThat(registered.getFullName()).isEqualTo(NAME);
        assertThat(registered.getOrganisation()).isEqualTo(ORGANISATION).contains("ә", "ғ", "қ", "ң", "ө", "ұ", "ү",
                "һ", "і");
        assertThat(registered.getCategory()).isEqualTo(kz.civicrelay.events.ParticipantCategory.YOUTH);
        assertThat(registered.getLanguages()).containsExactly("kk", "ru");
        assertThat(registered.getEmail()).as("normalised").isEqualTo("әсем.ж@пошта.қаз");
        assertThat(registered.getPhone()).as("E.164").isEqualTo("+77015551234");
        assertThat(registered.getEnvelope().getActor().getKind()).isEqualTo(ActorKind.PARTICIPANT);
        assertThat(registered.getEnvelope().getActor().getId()).isEqualTo("asem-kz");

        String read = body(get("/api/forums/{f}/participants/" + participantId, FIRST));
        assertThat(read).contains(NAME).contains(ORGANISATION).contains("REGISTERED");
        assertThat(body(get("/api/forums/{f}/participants", FIRST))).contains(NAME);
        // The participant sees their own registration; another participant neither sees nor lists it
        assertThat(body(get("/api/forums/{f}/participants/" + participantId, FIRST, asem))).contains(NAME);
        String other = TestIssuer.participant("someone-else", "KZ-61");
        assertProblem(get("/api/forums/{f}/participants/" + participantId, FIRST, other), 403, "someone-else");
        assertThat(body(get("/api/forums/{f}/participants", FIRST, other))).isEqualTo("[]");
        assertThat(body(get("/api/forums/{f}/participants", FIRST, TestIssuer.team("KZ-61")))).contains(NAME);
        assertThat(body(get("/api/forums/{f}/participants", FIRST, TestIssuer.team("KZ-75")))).isEqualTo("[]");
        assertThat(body(get("/api/forums/{f}/registration", FIRST)))
                .contains("\"registered\":1").contains("\"seatsLeft\":199");
    }

    @Test
    @Order(4)
    void shouldRejectInvalidRequestsWithProblemDetailsAndAppendNothing() {
        int before = forumEvents(FIRST).size();
        Map<String, String> invalid = new java.util.LinkedHashMap<>();
        invalid.put(registerBody(" ", "NGO"), "fullName");
        invalid.put(registerBody("Olga Kim", ""), "organisation");
        invalid.put(registerBody("Olga Kim", "NGO").replace("YOUTH", "ALIENS"), "ALIENS");
        invalid.put(registerBody("Olga Kim", "NGO").replace("KZ-61", "KZ-99"), "KZ-99");
        invalid.put(registerBody("Olga Kim", "NGO").replace("\"ru\"", "\"de\""), "de");
        invalid.put(registerBody("Olga Kim", "NGO").replace("[\"kk\",\"ru\"]", "[]"), "languages");
        invalid.put("{\"fullName\":\"Әлия\"}", "organisation");
        invalid.put(withContacts(registerBody("Olga Kim", "NGO"), "olga.kim@", null), "email");
        invalid.put(withContacts(registerBody("Olga Kim", "NGO"), null, "+7 701 12"), "phone");
        invalid.put(withContacts(registerBody("Olga Kim", "NGO"), null, "call me"), "phone");
        invalid.put(registerBody("Olgа Kim", "NGO"), "mixes Latin and Cyrillic"); // a Cyrillic а in a Latin name
        invalid.put(registerBody("Olga Kim 🎉", "NGO"), "fullName");
        invalid.put(registerBody("Olga Kim", "NGO 🚀"), "organisation");
        invalid.put(registerBody("Ә".repeat(201), "NGO"), "fullName");
        invalid.put(registerBody("Olga Kim", "Ұ".repeat(301)), "organisation");
        invalid.put("{not json", "not the JSON this endpoint expects");

        invalid.forEach((body, named) -> assertProblem(post(FIRST, body, null), 400, named));
        assertThat(forumEvents(FIRST)).hasSize(before);
    }

    @Test
    @Order(5)
    void shouldAnswerNotFoundForAnUnknownForumOrParticipant() {
        assertProblem(post(UNKNOWN, registerBody("Olga Kim", "NGO"), null), 404, UNKNOWN);
        assertProblem(get("/api/forums/{f}/registration", UNKNOWN), 404, UNKNOWN);
        assertProblem(get("/api/forums/{f}/participants", UNKNOWN), 404, UNKNOWN);
        assertProblem(get("/api/forums/{f}/participants/nobody", FIRST), 404, "nobody");
        assertProblem(delete("/api/forums/{f}/participants/nobody", FIRST), 404, "nobody");
    }

    @Test
    @Order(6)
    void shouldGiveTheSamePersonTheirExistingSeatWithOkWhateverTheCaseSpacingOrFormat() {
        String first = ((ParticipantRegistered) forumEvents(FIRST).stream()
                .filter(e -> e instanceof ParticipantRegistered).findFirst().orElseThrow()).getParticipantId();
        String team = TestIssuer.team("KZ-61");
        String withoutContacts = participantId(post(FIRST, registerBody("Болат Серікұлы", "Ауыл жастары"), team));
        int before = forumEvents(FIRST).size();

        var byName = post(FIRST, registerBody("  БОЛАТ   серікұлы ", "АУЫЛ жастары "), null);
        var byPhone = post(FIRST, withContacts(registerBody("Әсем", "Басқа ұйым"), null, "+7 701 555 12 34"), null);
        String other = TestIssuer.participant("someone-else", "KZ-61");
        var byEmail = post(FIRST, withContacts(registerBody("Asem", "NGO"), "ӘСЕМ.Ж@ПОШТА.ҚАЗ", null), other);

        assertThat(byName.getStatusCode().value()).as("without contacts, by name and organisation").isEqualTo(200);
        assertThat(byName.getBody()).contains(withoutContacts).contains("Болат Серікұлы");
        assertThat(byPhone.getStatusCode().value()).isEqualTo(200);
        assertThat(byPhone.getBody()).contains(first);
        assertThat(byEmail.getStatusCode().value()).isEqualTo(200);
        assertThat(byEmail.getBody()).as("one who may not see the registration learns its id, not its details")
                .contains(first).doesNotContain(NAME).doesNotContain("пошта");
        assertThat(forumEvents(FIRST)).as("no second seat").hasSize(before);
        delete("/api/forums/{f}/participants/" + withoutContacts, FIRST);
    }

    @Test
    @Order(7)
    void shouldRecordTheActorFromTheTokenWithItsKazakhNameWhateverXActorClaims() throws Exception {
        send(scheduled(FOURTH, 4, "KZ-79", 20));
        send(preparationOpened(FOURTH, 4, "KZ-79"));
        await().atMost(Duration.ofSeconds(30)).until(() -> body(get("/api/forums/{f}/registration", FOURTH))
                .contains("\"OPEN\""));

        // Given a participant signed in, who claims in X-Actor (raw UTF-8, as curl sends it) to be someone else
        String daniyar = TestIssuer.token("daniyar", "Данияр Өтегенов", "KZ-79", RelayRole.PARTICIPANT);
        int status = rawPost("/api/forums/" + FOURTH + "/participants", withContacts(registerBody("Ержан Қасымов",
                "Жастар үйі"), "erzhan@zhastar.kz", null), "X-Actor: Гүлнар Әбенова", daniyar);
        assertThat(status).isEqualTo(201);

        // Then the log records the token's subject, name, role and region
        assertThat(forumEvents(FOURTH)).filteredOn(e -> e instanceof ParticipantRegistered)
                .extracting(e -> Envelopes.of(e).getActor())
                .containsExactly(new Actor(ActorKind.PARTICIPANT, "daniyar", "Данияр Өтегенов", "KZ-79"));
    }

    @Test
    @Order(8)
    void shouldWaitlistWhenFullAndPromoteTheFirstWaitingInTheCancellationsTransaction() throws Exception {
        send(preparationOpened(SMALL, 2, "KZ-75"));
        await().atMost(Duration.ofSeconds(30)).until(() -> body(get("/api/forums/{f}/registration", SMALL))
                .contains("\"OPEN\""));
        String first = participantId(post(SMALL, registerBody("Olga Kim", "Media centre"), null));
        participantId(post(SMALL, withContacts(registerBody("Нұрлан Сейітов", "Атамекен палатасы"),
                "nurlan@atameken.kz", null), TestIssuer.participant("nurlan", "KZ-75")));

        var waiting = post(SMALL, registerBody("Dana Omarova", "Civil Alliance"), null);
        var next = post(SMALL, registerBody("Ерлан Ахметов", "Азамат"), null);

        assertThat(waiting.getStatusCode().value()).as("full: on the waitlist").isEqualTo(202);
        assertThat(waiting.getBody()).contains("\"WAITLISTED\"").contains("\"waitlistPosition\":1");
        assertThat(next.getBody()).contains("\"waitlistPosition\":2");
        String dana = waiting.getHeaders().getLocation().toString().replaceAll(".*/", "");
        assertThat(body(get("/api/forums/{f}/registration", SMALL))).contains("\"registered\":2")
                .contains("\"waiting\":2");
        assertThat(forumEvents(SMALL)).filteredOn(e -> e instanceof ParticipantRegistered).hasSize(2)
                .first().satisfies(e -> assertThat(Envelopes.of(e).getActor().getId())
                        .as("registered by an operator, the operator is the actor").isEqualTo("operator-aigerim"));

        var cancelled = delete("/api/forums/{f}/participants/" + first + "?reason=Сапар шегерілді", SMALL);

        assertThat(cancelled.getStatusCode().value()).isEqualTo(204);
        List<SpecificRecord> events = forumEvents(SMALL);
        var cancellation = (RegistrationCancelled) events.stream()
                .filter(e -> e instanceof RegistrationCancelled).findFirst().orElseThrow();
        var promotion = (WaitlistPromoted) events.stream().filter(e -> e instanceof WaitlistPromoted).findFirst()
                .orElseThrow();
        assertThat(cancellation.getParticipantId()).isEqualTo(first);
        assertThat(cancellation.getReason()).isEqualTo("Сапар шегерілді");
        assertThat(promotion.getParticipantId()).as("the first waiting").isEqualTo(dana);
        assertThat(events.indexOf(promotion)).as("appended with the cancellation").isEqualTo(events.indexOf(cancellation) + 1);
        assertThat(Envelopes.of(promotion).getCorrelationId()).isEqualTo(Envelopes.of(cancellation).getCorrelationId());
        assertProblem(delete("/api/forums/{f}/participants/" + first, SMALL), 409, "already cancelled");
        assertThat(body(get("/api/forums/{f}/participants/" + first, SMALL))).contains("CANCELLED")
                .contains("Сапар шегерілді");
        assertThat(body(get("/api/forums/{f}/participants/" + dana, SMALL))).contains("\"REGISTERED\"")
                .contains("promotedAt");

        // The promoted person gives the seat back: the next waiting takes it; the seated one cannot "decline"
        assertProblem(postTo("/api/forums/{f}/participants/" + first + "/decline", SMALL, "{}"), 409, "already");
        assertThat(postTo("/api/forums/{f}/participants/" + dana + "/decline", SMALL,
                "{\"reason\":\"Уақытым жоқ\"}").getStatusCode().value()).isEqualTo(204);
        assertThat(forumEvents(SMALL)).filteredOn(e -> e instanceof PromotionDeclined).hasSize(1);
        assertThat(body(get("/api/forums/{f}/participants?status=WAITLISTED", SMALL))).isEqualTo("[]");
        assertThat(body(get("/api/forums/{f}/participants?status=DECLINED", SMALL))).contains(dana)
                .contains("Уақытым жоқ");
        assertThat(body(get("/api/forums/{f}/registration", SMALL))).contains("\"registered\":2")
                .contains("\"waiting\":0");
    }

    @Test
    @Order(9)
    void shouldLetAPersonHoldingASeatChooseSessionsWithinTheirCapacity() throws Exception {
        java.time.LocalDateTime ten = java.time.LocalDateTime.parse("2026-06-12T10:00");
        LocalizedText topic = new LocalizedText("Жастар саясаты", "Молодёжная политика", "Youth policy");
        send(kz.civicrelay.events.ForumProgrammeSet.newBuilder()
                .setEnvelope(scheduling.forCommand(SERIES, DELEGATIONS, operator())).setTimeZone("Asia/Almaty")
                .setSessions(List.of(session("youth", ten, ten.plusHours(2), 1, topic),
                        session("media", ten.plusHours(1), ten.plusHours(3), null, topic)))
                .build());
        String team = TestIssuer.team("KZ-61");
        String first = participantId(post(DELEGATIONS, registerBody("Дәурен Қали", "ЖОО"), team));
        String second = participantId(post(DELEGATIONS, registerBody("Гүлім Асқар", "ЖОО"), team));
        await().atMost(Duration.ofSeconds(30)).until(() -> choose(DELEGATIONS, first, "[\"youth\"]", team)
                .getStatusCode().value() == 200);

        assertThat(body(get("/api/forums/{f}/participants/" + first, DELEGATIONS))).contains("\"sessions\":[\"youth\"]");
        int before = forumEvents(DELEGATIONS).size();
        assertProblem(choose(DELEGATIONS, second, "[\"youth\"]", team), 409, "youth is full");
        assertProblem(choose(DELEGATIONS, second, "[\"cinema\"]", team), 400, "Unknown session 'cinema'");
        assertProblem(choose(DELEGATIONS, first, "[\"youth\",\"media\"]", team), 400, "same time");
        assertProblem(choose(DELEGATIONS, second, "[\"media\"]", TestIssuer.team("KZ-75")), 403, "KZ-75");
        assertThat(forumEvents(DELEGATIONS)).as("nothing appended").hasSize(before);
        assertThat(choose(DELEGATIONS, first, "[\"media\"]", team).getStatusCode().value()).isEqualTo(200);
        assertThat(choose(DELEGATIONS, second, "[\"youth\"]", team).getStatusCode().value())
                .as("the first's place in youth is free again").isEqualTo(200);
        var chosen = forumEvents(DELEGATIONS).stream().filter(e -> e instanceof kz.civicrelay.events.SessionsChosen)
                .map(e -> (kz.civicrelay.events.SessionsChosen) e).toList();
        assertThat(chosen).extracting(c -> c.getParticipantId() + "=" + c.getSessionIds())
                .containsExactly(first + "=[youth]", first + "=[media]", second + "=[youth]");
    }

    private static kz.civicrelay.events.ProgrammeSession session(String id, java.time.LocalDateTime start,
            java.time.LocalDateTime end, Integer capacity, LocalizedText topic) {
        return kz.civicrelay.events.ProgrammeSession.newBuilder().setSessionId(id)
                .setKind(kz.civicrelay.events.SessionKind.PANEL).setTopic(topic).setStart(start).setEnd(end)
                .setRoom(null).setModerator(null).setCapacity(capacity).build();
    }

    private ResponseEntity<String> choose(String forumId, String participantId, String sessions, String token) {
        return client().put().uri("/api/forums/{f}/participants/{p}/sessions", forumId, participantId)
                .headers(TestIssuer.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .body("{\"sessionIds\":" + sessions + "}").retrieve().onStatus(s -> true, (req, res) -> { })
                .toEntity(String.class);
    }

    @Test
    @Order(8)
    void shouldRegisterARegionsDelegationTogetherWithinThePlansQuota() throws Exception {
        ForumScheduled withQuota = scheduled(DELEGATIONS, 6, "KZ-11", 50);
        withQuota.setDelegationQuota(3);
        send(withQuota);
        send(preparationOpened(DELEGATIONS, 6, "KZ-11"));
        await().atMost(Duration.ofSeconds(30)).until(() -> body(get("/api/forums/{f}/registration", DELEGATIONS))
                .contains("\"OPEN\""));
        String team = TestIssuer.team("KZ-61");
        String delegation = """
                {"regionCode":"KZ-61","members":[
                 {"fullName":"Серік Жұмабаев","organisation":"Облыс әкімдігі","category":"STATE_BODY",
                  "languages":["kk","ru"],"head":true},
                 {"fullName":"Әсел Нұрланқызы","organisation":"Жастар ресурстық орталығы","category":"YOUTH",
                  "languages":["kk"],"phone":"8 702 111 22 33"}]}""";

        var created = postTo("/api/forums/{f}/delegations", DELEGATIONS, delegation, team);

        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        assertThat(created.getBody()).contains("\"seats\":2").contains("\"quota\":3").contains("Серік Жұмабаев")
                .contains("Түркістан облысы");
        List<ParticipantRegistered> members = forumEvents(DELEGATIONS).stream()
                .filter(e -> e instanceof ParticipantRegistered).map(e -> (ParticipantRegistered) e).toList();
        assertThat(members).extracting(ParticipantRegistered::getDelegationId)
                .containsOnly(DELEGATIONS + "/KZ-61").hasSize(2);
        assertThat(members).extracting(ParticipantRegistered::getDelegationHead).containsExactly(true, false);
        assertThat(members.get(1).getPhone()).isEqualTo("+77021112233");
        assertThat(Envelopes.of(members.get(0)).getCorrelationId()).isEqualTo(Envelopes.of(members.get(1))
                .getCorrelationId());
        int before = forumEvents(DELEGATIONS).size();
        String two = """
                {"regionCode":"KZ-61","members":[
                 {"fullName":"Ұлан Бекұлы","organisation":"ЖОО","category":"NGO","languages":["kk"]},
                 {"fullName":"Іңкәр Сәкенқызы","organisation":"ЖОО","category":"NGO","languages":["kk"]}]}""";
        assertProblem(postTo("/api/forums/{f}/delegations", DELEGATIONS, two, team), 409, "at most 3");
        assertProblem(postTo("/api/forums/{f}/delegations", DELEGATIONS, two.replace("KZ-61", "KZ-75"),
                TestIssuer.team("KZ-75")), 400, "head must be named");
        assertProblem(postTo("/api/forums/{f}/delegations", DELEGATIONS, delegation, TestIssuer.team("KZ-75")), 403,
                "KZ-61");
        assertProblem(postTo("/api/forums/{f}/delegations", DELEGATIONS, delegation.replace("Серік Жұмабаев",
                "Серiк Жұмабаев"), team), 400, "mixes");
        assertThat(forumEvents(DELEGATIONS)).as("nothing appended").hasSize(before);
        assertThat(body(get("/api/forums/{f}/delegations", DELEGATIONS, team))).contains("Әсел Нұрланқызы");
        assertThat(body(get("/api/forums/{f}/delegations", DELEGATIONS, TestIssuer.team("KZ-75")))).isEqualTo("[]");
    }

    @Test
    @Order(9)
    void shouldCheckPeopleInOnceByTheQrOfTheirConfirmationAlsoAfterRegistrationClosed() throws Exception {
        send(scheduled(DOOR, 7, "KZ-19", 2));
        send(preparationOpened(DOOR, 7, "KZ-19"));
        await().atMost(Duration.ofSeconds(30)).until(() -> body(get("/api/forums/{f}/registration", DOOR))
                .contains("\"OPEN\""));
        String asem = TestIssuer.participant("asem-door", "KZ-61");
        var created = post(DOOR, withContacts(registerBody(NAME, ORGANISATION), "asem@door.kz", null), asem);
        String asemId = participantId(created);
        String code = field(created.getBody(), "checkInCode");
        String olga = participantId(post(DOOR, registerBody("Olga Kim", "Media centre"), null));
        var dana = post(DOOR, registerBody("Dana Omarova", "Civil Alliance"), null);
        var erlan = post(DOOR, registerBody("Ерлан Ахметов", "Азамат"), null);
        assertThat(dana.getBody()).as("no code while waiting").contains("WAITLISTED").doesNotContain("checkInCode");
        String danaId = dana.getHeaders().getLocation().toString().replaceAll(".*/", "");
        String erlanId = erlan.getHeaders().getLocation().toString().replaceAll(".*/", "");
        delete("/api/forums/{f}/participants/" + olga, DOOR); // Dana takes the seat

        // The confirmation's QR code, as its owner fetches it, reads back as the code
        var png = client().get().uri("/api/forums/{f}/participants/{p}/qr.png", DOOR, asemId)
                .headers(TestIssuer.bearer(asem)).retrieve().toEntity(byte[].class);
        assertThat(png.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(kz.civicrelay.platform.testing.QrCodes.read(png.getBody())).isEqualTo(code).startsWith("civicrelay:checkin:" + DOOR + ":" + asemId);
        assertProblem(get("/api/forums/{f}/participants/" + olga + "/qr.png", DOOR), 409, "holds no seat");
        int before = forumEvents(DOOR).size();

        // When the host region's team scans it at the door
        var first = checkIn(DOOR, code, TestIssuer.team("KZ-19"));

        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(200);
        assertThat(first.getBody()).contains(NAME).contains("\"category\":\"YOUTH\"").contains("Түркістан облысы")
                .contains("checkedInAt");
        assertThat(forumEvents(DOOR)).hasSize(before + 1).last().isInstanceOfSatisfying(AttendanceMarked.class, e -> {
            assertThat(e.getParticipantId()).isEqualTo(asemId);
            assertThat(e.getEnvelope().getActor().getId()).as("who scanned").isEqualTo("team-kz-19");
            assertThat(e.toString()).doesNotContain(code.substring(code.lastIndexOf(':') + 1));
        });
        String firstAt = field(first.getBody(), "checkedInAt");

        // A second scan says when the first was; refused scans append nothing
        var second = checkIn(DOOR, code, TestIssuer.operator());
        assertProblem(second, 409, "checked in already at");
        assertThat(second.getBody()).contains(NAME).contains("\"firstCheckedInAt\":\"" + firstAt + "\"");
        assertProblem(checkIn(DOOR, codes.codeFor(DOOR, olga).orElseThrow(), null), 409, "was cancelled");
        assertProblem(checkIn(DOOR, codes.codeFor(DOOR, erlanId).orElseThrow(), null), 409, "waitlist");
        assertProblem(checkIn(DOOR, code.substring(0, code.length() - 3) + "AAA", null), 400, "Not a valid check-in");
        assertProblem(checkIn(DOOR, code.replace(asemId, danaId), null), 400, "Not a valid check-in");
        assertProblem(checkIn(DOOR, "https://example.org/" + asemId, null), 400, "Not a valid check-in");
        assertProblem(checkIn(DOOR, codes.codeFor(FIRST, asemId).orElseThrow(), null), 400, "is for forum " + FIRST);
        assertProblem(checkIn(DOOR, "", null), 400, "code");
        assertProblem(checkIn(DOOR, code, TestIssuer.team("KZ-61")), 403, "team-kz-61");
        assertThat(forumEvents(DOOR)).as("nothing appended").hasSize(before + 1);

        // The forum convenes and registration closes: the door stays open
        send(ForumConvened.newBuilder().setEnvelope(scheduling.forCommand(SERIES, DOOR, operator()))
                .setPosition(7).setRegionCode("KZ-19").build());
        await().atMost(Duration.ofSeconds(30)).until(() -> body(get("/api/forums/{f}/registration", DOOR))
                .contains("\"CLOSED\""));
        String danaCode = field(body(get("/api/forums/{f}/participants/" + danaId, DOOR)), "checkInCode");
        assertThat(checkIn(DOOR, danaCode, null).getStatusCode().value()).isEqualTo(200);

        assertThat(body(get("/api/forums/{f}/attendance", DOOR, TestIssuer.team("KZ-75"))))
                .contains("\"total\":{\"registered\":2,\"attended\":2}")
                .contains("\"category\":{\"YOUTH\":{\"registered\":2,\"attended\":2}}")
                .contains("\"region\":{\"KZ-61\":{\"registered\":2,\"attended\":2}}");
        assertThat(body(get("/api/forums/{f}/participants/" + asemId, DOOR, asem))).contains("\"checkedInAt\"");
    }

    @Test
    @Order(10)
    void shouldPrintListsAsCsvAndXlsxThatReadBackWithKazakhLettersIntact() throws Exception {
        var csv = file("/api/forums/{f}/lists/participants.csv", DOOR, TestIssuer.operator());

        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv").contains("UTF-8");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo(DOOR + "-participants-kk.csv");
        List<List<String>> participants = readCsv(csv.getBody());
        assertThat(participants.get(0)).startsWith("№", "Аты-жөні", "Ұйым", "Санаты", "Өңірі");
        assertThat(participants).anySatisfy(row -> assertThat(row).startsWith("1", NAME, ORGANISATION, "Жастар",
                "Түркістан облысы"));
        assertThat(participants).hasSize(3).noneSatisfy(row -> assertThat(row).contains("Olga Kim"));
        List<List<String>> waitlist = readCsv(file("/api/forums/{f}/lists/waitlist.csv?lang=ru", DOOR,
                TestIssuer.operator()).getBody());
        assertThat(waitlist).hasSize(2);
        assertThat(waitlist.get(0)).containsExactly("Место в очереди", "ФИО", "Организация", "Категория", "Регион",
                "Электронная почта", "Телефон", "Время регистрации");
        assertThat(waitlist.get(1)).startsWith("1", "Ерлан Ахметов", "Азамат", "Молодёжь");

        var xlsx = file("/api/forums/{f}/lists/attendance.xlsx?lang=en", DOOR, TestIssuer.team("KZ-61"));
        assertThat(xlsx.getHeaders().getContentType().toString()).contains("spreadsheetml");
        List<List<String>> attendance = readXlsx(xlsx.getBody());
        assertThat(attendance.get(0)).containsExactly("No.", "Full name", "Organisation", "Category", "Region",
                "Attended", "Checked in at");
        assertThat(attendance).anySatisfy(row -> assertThat(row).startsWith("1", NAME, ORGANISATION, "Youth",
                "Turkistan Region", "Yes"));
        assertThat(String.join("", attendance.get(1))).contains("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і");
        assertThat(readXlsx(file("/api/forums/{f}/lists/delegations.xlsx", DOOR, TestIssuer.operator()).getBody()))
                .hasSize(1);

        assertThat(readCsv(file("/api/forums/{f}/lists/participants.csv", DOOR, TestIssuer.team("KZ-75")).getBody()))
                .as("a region's team gets its region's rows only").hasSize(1);
        assertProblem(get("/api/forums/{f}/lists/participants.pdf", DOOR), 400, "csv or xlsx");
        assertProblem(get("/api/forums/{f}/lists/everyone.csv", DOOR), 404, "everyone");
        assertProblem(get("/api/forums/{f}/lists/participants.csv?lang=de", DOOR), 400, "kk, ru or en");
    }

    private ResponseEntity<String> checkIn(String forumId, String code, @org.jspecify.annotations.Nullable String token) {
        return postTo("/api/forums/{f}/check-in", forumId, "{\"code\":\"" + code + "\"}",
                token == null ? TestIssuer.operator() : token);
    }

    private ResponseEntity<byte[]> file(String path, String forumId, String token) {
        var response = client().get().uri(path, forumId).headers(TestIssuer.bearer(token)).retrieve()
                .toEntity(byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response;
    }

    /** A string field of a JSON body. */
    private static String field(String json, String name) {
        var matcher = java.util.regex.Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as(name + " in " + json).isTrue();
        return matcher.group(1);
    }

    /** The records of a CSV list, which must start with a byte-order mark. */
    private static List<List<String>> readCsv(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return org.apache.commons.csv.CSVFormat.EXCEL.parse(new java.io.StringReader(text.substring(1))).getRecords()
                .stream().map(org.apache.commons.csv.CSVRecord::toList).toList();
    }

    /** The cells of an XLSX list's one sheet, as text. */
    private static List<List<String>> readXlsx(byte[] xlsx) throws Exception {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            List<List<String>> rows = new java.util.ArrayList<>();
            for (var row : workbook.getSheetAt(0)) {
                List<String> cells = new java.util.ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    @Order(9)
    void shouldTakeTheCancellationReasonFromTheBody() {
        String participantId = participantId(post(FIRST, registerBody("Olga Kim", "Media centre"), null));

        var cancelled = client().method(HttpMethod.DELETE)
                .uri("/api/forums/{f}/participants/{p}", FIRST, participantId)
                .contentType(MediaType.APPLICATION_JSON).body("{\"reason\":\"Жоспар өзгерді\"}")
                .retrieve().toBodilessEntity();

        assertThat(cancelled.getStatusCode().value()).isEqualTo(204);
        assertThat(body(get("/api/forums/{f}/participants/" + participantId, FIRST))).contains("Жоспар өзгерді");
    }

    @Test
    @Order(10)
    void shouldCloseRegistrationOnceWhenTheForumConvenes() throws Exception {
        String participantId = participantId(post(FIRST, registerBody("Dana Omarova", "Civil Alliance"), null));
        ForumConvened convened = ForumConvened.newBuilder()
                .setEnvelope(scheduling.forCommand(SERIES, FIRST, operator()))
                .setPosition(1).setRegionCode("KZ-33").build();

        send(convened);
        send(convened);
        send(preparationOpened(FIRST, 1, "KZ-33"));

        await().atMost(Duration.ofSeconds(30)).until(() -> body(get("/api/forums/{f}/registration", FIRST))
                .contains("\"CLOSED\""));
        awaitReactionsCaughtUp();
        List<SpecificRecord> events = forumEvents(FIRST);
        assertThat(events).filteredOn(e -> e instanceof RegistrationClosed).hasSize(1).first()
                .satisfies(e -> assertThat(((RegistrationClosed) e).getRegisteredCount()).isEqualTo(2));
        assertThat(events).filteredOn(e -> e instanceof RegistrationOpened).as("a late duplicate reopens nothing")
                .hasSize(1);

        assertProblem(post(FIRST, registerBody("Late Comer", "NGO"), null), 409, "closed");
        assertProblem(delete("/api/forums/{f}/participants/" + participantId, FIRST), 409, "closed");
        assertThat(forumEvents(FIRST)).hasSize(events.size());
    }

    @Test
    @Order(11)
    void shouldCloseAnOpenRegistrationWhenTheForumIsCancelled() throws Exception {
        send(preparationOpened(THIRD, 3, "KZ-71"));
        await().atMost(Duration.ofSeconds(30)).until(() -> body(get("/api/forums/{f}/registration", THIRD))
                .contains("\"OPEN\""));

        send(ForumCancelled.newBuilder().setEnvelope(scheduling.forCommand(SERIES, THIRD, operator()))
                .setReason(new LocalizedText("Күші жойылды", "Отменён", "Cancelled")).build());

        await().atMost(Duration.ofSeconds(30)).until(() -> body(get("/api/forums/{f}/registration", THIRD))
                .contains("\"CLOSED\""));
        assertThat(forumEvents(THIRD)).filteredOn(e -> e instanceof RegistrationClosed).hasSize(1);
    }

    @Test
    @Order(12)
    void shouldDeadLetterAnUpstreamEventAboutAnUnknownForum() throws Exception {
        send(preparationOpened(UNKNOWN, 9, "KZ-10"));

        await().atMost(Duration.ofSeconds(30)).until(() -> readAll("relay.scheduling.DLT", new ByteArrayDeserializer())
                .stream().anyMatch(r -> UNKNOWN.equals(r.key())));
        awaitReactionsCaughtUp();
        assertThat(forumEvents(UNKNOWN)).isEmpty();
    }

    @Test
    @Order(13)
    void shouldDeadLetterAnUpstreamRecordWithBadDataAndGoOnLiveAndAfterARestart() throws Exception {
        // Given an announcement registration rejects (capacity 0), written straight to the topic
        ForumScheduled bad = scheduled(BAD, 8, "KZ-35", 0);
        send(bad);
        // and good events after it
        send(scheduled(FIFTH, 5, "KZ-47", 30));
        send(preparationOpened(FIFTH, 5, "KZ-47"));

        // Then the live listener dead-letters it with the reason, and goes on
        await().atMost(Duration.ofSeconds(30)).until(() -> !deadLetters(BAD).isEmpty());
        var deadLetter = deadLetters(BAD).get(0);
        assertThat(new String(deadLetter.headers().lastHeader("relay-dlt-reason").value(), StandardCharsets.UTF_8))
                .contains("IllegalArgumentException").contains("Capacity of " + BAD);
        assertThat(new String(deadLetter.headers().lastHeader("kafka_dlt-original-topic").value(),
                StandardCharsets.UTF_8)).isEqualTo("relay.scheduling");
        await().atMost(Duration.ofSeconds(30)).until(() -> body(get("/api/forums/{f}/registration", FIFTH))
                .contains("\"OPEN\""));
        awaitReactionsCaughtUp();
        assertProblem(get("/api/forums/{f}/registration", BAD), 404, BAD);
        assertThat(forumEvents(BAD)).isEmpty();

        // And a restarted instance skips it, starts and serves as the running one does
        String live = body(get("/api/forums/{f}/registration", FIFTH));
        try (RestartedService restarted = RestartedService.start(RegistrationApplication.class, "registration")) {
            RestClient rebuilt = restarted.client();

            assertThat(rebuilt.get().uri("/api/forums/{f}/registration", FIFTH).retrieve().body(String.class))
                    .isEqualTo(live);
            assertThat(rebuilt.get().uri("/api/forums/{f}/registration", BAD).retrieve()
                    .onStatus(s -> true, (req, res) -> { }).toEntity(String.class).getStatusCode().value())
                    .isEqualTo(404);
        }
        assertThat(deadLetters(BAD)).as("dead-lettered once, by the active instance only").hasSize(1);
        // (a 503 only while the lease group settles after the standby left: nothing is appended then)
        var registered = await().atMost(Duration.ofSeconds(15)).until(
                () -> post(FIFTH, registerBody("Olga Kim", "Media centre"), null), r -> r.getStatusCode().value() != 503);
        assertThat(registered.getStatusCode().value()).as("the instance under test still decides").isEqualTo(201);
    }

    @Test
    @Order(14)
    void listsTheParticipantsInTheOrderTheyRegisteredAfterARestart() {
        String live = body(get("/api/forums/{f}/participants", FIRST));

        try (RestartedService restarted = RestartedService.startInstance(RegistrationApplication.class,
                "registration-restarted", "--relay.checkin.key=" + CHECKIN_KEY)) {
            RestClient rebuilt = restarted.client();

            ParticipantJson[] participants = rebuilt.get().uri("/api/forums/{f}/participants", FIRST).retrieve()
                    .body(ParticipantJson[].class);

            assertThat(participants).hasSizeGreaterThan(2).extracting(ParticipantJson::registeredAt)
                    .as("by registration time").isSorted();
            assertThat(rebuilt.get().uri("/api/forums/{f}/participants", FIRST).retrieve().body(String.class))
                    .as("the restarted service lists them as the running one does").isEqualTo(live);
        }
    }

    /**
     * Issue 15: what the tests above did, as Prometheus scrapes it: seats by category, refusals by reason (the
     * forum not open yet, an unknown forum), dead letters by topic; and no name, e-mail address or token in it.
     */
    @Test
    @Order(16)
    void shouldCountRegistrationsByCategoryAndRefusalsByReasonWithoutNames() {
        String metrics = body(get("/actuator/prometheus", FIRST, TestIssuer.operator()));

        assertThat(sample(metrics, "relay_registrations_accepted_total{application=\"registration\",category=\"youth\"}"))
                .isPositive();
        assertThat(sample(metrics, "relay_registrations_refused_total{application=\"registration\",reason=\"not-open\"}"))
                .as("the registration refused before it opened").isGreaterThanOrEqualTo(1);
        assertThat(sample(metrics, "relay_registrations_refused_total{application=\"registration\",reason=\"unknown-forum\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(sample(metrics, "relay_dead_letters_total{application=\"registration\",topic=\"relay.scheduling\"}"))
                .as("the announcements dead-lettered above").isGreaterThanOrEqualTo(2);
        assertThat(metrics).contains("relay_consumer_lag{application=\"registration\",group=\"registration-reactions\"")
                .contains("relay_state_rebuild_duration_seconds{").contains("kafka_producer_")
                .doesNotContain(NAME).doesNotContain("Olga Kim").doesNotContain("@atameken.kz").doesNotContain("eyJ");
    }

    /** A sample's value in Prometheus' text format; 0 when it is not there. */
    private static double sample(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(name.length() + 1))).orElse(0.0);
    }

    /** The parts of a listed participant this test reads. */
    record ParticipantJson(String participantId, Instant registeredAt) {
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** A POST written byte by byte, as curl sends it: header values in raw UTF-8. */
    private int rawPost(String path, String json, String header, String token) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n" + header + "\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    /** As an operator unless a request says otherwise. */
    private RestClient client() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(TestIssuer.bearer(TestIssuer.operator())).build();
    }

    /** Registers as the holder of {@code token}; an operator when null. */
    private ResponseEntity<String> postTo(String path, String forumId, String body) {
        return postTo(path, forumId, body, TestIssuer.operator());
    }

    private ResponseEntity<String> postTo(String path, String forumId, String body, String token) {
        return client().post().uri(path, forumId).headers(TestIssuer.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    private ResponseEntity<String> post(String forumId, String body, String token) {
        return client().post().uri("/api/forums/{f}/participants", forumId)
                .headers(TestIssuer.bearer(token == null ? TestIssuer.operator() : token))
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    private ResponseEntity<String> get(String path, String forumId) {
        return get(path, forumId, TestIssuer.operator());
    }

    private ResponseEntity<String> get(String path, String forumId, String token) {
        return client().get().uri(path, forumId).headers(TestIssuer.bearer(token)).retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    private ResponseEntity<String> delete(String path, String forumId) {
        return client().delete().uri(path, forumId).headers(TestIssuer.bearer(TestIssuer.operator())).retrieve().onStatus(s -> true, (req, res) -> { })
                .toEntity(String.class);
    }

    private static String body(ResponseEntity<String> response) {
        return String.valueOf(response.getBody());
    }

    private static String participantId(ResponseEntity<String> created) {
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        String location = created.getHeaders().getLocation().toString();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static void assertProblem(ResponseEntity<String> response, int status, String detail) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(response.getBody()).contains(detail);
    }

    /** The body with an e-mail address and/or a phone number added. */
    private static String withContacts(String body, @org.jspecify.annotations.Nullable String email,
            @org.jspecify.annotations.Nullable String phone) {
        String contacts = (email == null ? "" : ",\"email\":\"" + email + "\"")
                + (phone == null ? "" : ",\"phone\":\"" + phone + "\"");
        return body.substring(0, body.lastIndexOf('}')) + contacts + "}";
    }

    private static String registerBody(String fullName, String organisation) {
        return """
                {"fullName":"%s","organisation":"%s","category":"YOUTH","regionOfOrigin":"KZ-61",
                 "languages":["kk","ru"]}""".formatted(fullName, organisation.replace("\"", "\\\""));
    }

    /**
     * Decision 0015: names and organisations reach operators, the participant's region's team and the participant;
     * refused requests append nothing; bad tokens get 401.
     */
    @Test
    @Order(15)
    void shouldHoldTheRoleByEndpointMatrix(CapturedOutput output) throws Exception {
        send(scheduled(MATRIX, 10, "KZ-63", 50));
        send(preparationOpened(MATRIX, 10, "KZ-63"));
        await().atMost(Duration.ofSeconds(30)).until(() -> body(get("/api/forums/{f}/registration", MATRIX))
                .contains("\"OPEN\""));
        String owner = TestIssuer.participant("owner-p", "KZ-63");
        String registration = participantId(post(MATRIX, withContacts(registerBody("Ләззат Мұқанова", "Еріктілер")
                .replace("KZ-61", "KZ-63"), "lazzat@eriktiler.kz", null), owner));
        String declinable = registration; // not promoted: who may handle it gets 409, others 401/403
        String matrix = """
                request                                    | public | operator | auditor | editor | team | other-team | owner | other
                GET  /actuator/prometheus                  | 401 | ok | ok | 403 | 403 | 403 | 403 | 403
                GET    /api/forums/%1$s/registration       | ok     | ok       | ok      | ok     | ok   | ok         | ok    | ok
                GET    /api/forums/%1$s/participants       | 401    | ok       | 403     | 403    | ok   | ok         | ok    | ok
                GET    /api/forums/%1$s/participants/%2$s  | 401    | ok       | 403     | 403    | ok   | 403        | ok    | 403
                POST   /api/forums/%1$s/participants       | 401    | ok       | 403     | 403    | ok   | 403        | ok    | ok
                DELETE /api/forums/%1$s/participants/%2$s  | 401    | ok       | 403     | 403    | ok   | 403        | ok    | 403
                POST   /api/forums/%1$s/participants/%3$s/decline | 401 | ok | 403     | 403    | ok   | 403        | ok    | 403
                POST   /api/forums/%1$s/delegations        | 401    | ok       | 403     | 403    | ok   | 403        | 403   | 403
                PUT    /api/forums/%1$s/participants/%2$s/sessions | 401 | ok  | 403     | 403    | ok   | 403        | ok    | 403
                GET    /api/forums/%1$s/delegations        | 401    | ok       | 403     | 403    | ok   | ok         | 403   | 403
                GET    /api/forums/%1$s/participants/%2$s/qr.png | 401 | ok     | 403     | 403    | ok   | 403        | ok    | 403
                POST   /api/forums/%1$s/check-in           | 401    | ok       | 403     | 403    | ok   | 403        | 403   | 403
                GET    /api/forums/%1$s/attendance         | 401    | ok       | 403     | 403    | ok   | ok         | 403   | 403
                GET    /api/forums/%1$s/lists/participants.csv | 401 | ok      | 403     | 403    | ok   | ok         | 403   | 403
                """.formatted(MATRIX, registration, declinable);
        EndpointMatrix.assertCovers(mappings, matrix);
        EndpointMatrix.at("http://localhost:" + port).caller("public", null).caller("operator", TestIssuer.operator())
                .caller("auditor", TestIssuer.auditor()).caller("editor", TestIssuer.editor("KZ-63"))
                .caller("team", TestIssuer.team("KZ-63")).caller("other-team", TestIssuer.team("KZ-75"))
                .caller("owner", owner).caller("other", TestIssuer.participant("other-p", "KZ-63"))
                .body("PUT /api/forums/" + MATRIX + "/participants/" + registration + "/sessions", "{\"sessionIds\":[]}")
                .body("POST /api/forums/" + MATRIX + "/delegations", """
                        {"regionCode":"KZ-63","members":[{"fullName":"Бақыт Әлиев","organisation":"Әкімдік",
                         "category":"STATE_BODY","languages":["kk"],"head":true}]}""")
                .body("POST /api/forums/" + MATRIX + "/check-in", "{\"code\":\"civicrelay:checkin:" + MATRIX + ":"
                        + registration + ":forged\"}")
                .body("POST /api/forums/" + MATRIX + "/participants", withContacts(registerBody("Серік Оспанов",
                        "Жастар үйі").replace("KZ-61", "KZ-63"), "serik@zhastar.kz", null))
                .output(output::getAll).assertTable(matrix, SharedKafkaBroker.bootstrapServers());
        // A region's team lists only its region's people; a participant only their own registrations
        assertThat(body(get("/api/forums/{f}/participants", MATRIX, TestIssuer.team("KZ-75")))).isEqualTo("[]");
        assertThat(body(get("/api/forums/{f}/participants", MATRIX, TestIssuer.participant("other-p", "KZ-63"))))
                .doesNotContain("Ләззат");
    }

    private ForumScheduled scheduled(String forumId, int position, String region, int capacity) {
        LocalizedText text = new LocalizedText("Азаматтық форум", "Гражданский форум", "Civic forum");
        LocalDate day = LocalDate.of(2026, 5, 1).plusWeeks(position);
        return ForumScheduled.newBuilder().setEnvelope(scheduling.forCommand(SERIES, forumId, operator()))
                .setPosition(position).setRegionCode(region).setLocalTitle(text).setTheme(text).setCity(text)
                .setVenue(text).setStartDate(day).setEndDate(day.plusDays(1)).setCapacity(capacity)
                .setInternational(false).build();
    }

    private ForumPreparationOpened preparationOpened(String forumId, int position, String region) {
        return ForumPreparationOpened.newBuilder().setEnvelope(scheduling.forCommand(SERIES, forumId, operator()))
                .setPosition(position).setRegionCode(region).build();
    }

    private static Actor operator() {
        return new Actor(ActorKind.OPERATOR, "it", null, null);
    }

    private static String id(SpecificRecord event) {
        return Envelopes.of(event).getEventId().toString();
    }

    private static void send(SpecificRecord event) throws Exception {
        TopicLog.send("relay.scheduling", Envelopes.keyOf(event), event);
    }

    /** Waits until the reaction listener has committed its position at the end of relay.scheduling. */
    private static void awaitReactionsCaughtUp() {
        TopicLog.awaitCaughtUp("registration-reactions", "relay.scheduling");
    }

    private static List<SpecificRecord> forumEvents(String forumId) {
        return readAll("relay.registration", new AvroEventDeserializer()).stream()
                .map(ConsumerRecord::value).filter(e -> forumId.equals(Envelopes.of(e).getForumId())).toList();
    }

    /** The dead letters of relay.scheduling about the forum. */
    private static List<ConsumerRecord<String, byte[]>> deadLetters(String forumId) {
        return readAll("relay.scheduling.DLT", new ByteArrayDeserializer()).stream()
                .filter(r -> forumId.equals(r.key())).toList();
    }

    private static <V> List<ConsumerRecord<String, V>> readAll(String topic, Deserializer<V> values) {
        return TopicLog.readAll(topic, values);
    }
}
