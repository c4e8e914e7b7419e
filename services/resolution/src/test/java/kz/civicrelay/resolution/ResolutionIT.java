package kz.civicrelay.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.web.client.RestClient;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.RecommendationAmended;
import kz.civicrelay.events.RecommendationProposed;
import kz.civicrelay.events.RecommendationWithdrawn;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.events.ResolutionDraftOpened;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.testing.RestartedService;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;
import kz.civicrelay.platform.testing.EndpointMatrix;
import kz.civicrelay.platform.security.RelayRole;
import kz.civicrelay.events.Actor;
import kz.civicrelay.platform.testing.TopicLog;

/** Resolution against a real broker: the draft opened by ForumConvened, the REST API, and its events on Kafka. */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class, OutputCaptureExtension.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResolutionIT {

    private static final String SERIES = "it-resolution";
    private static final String FIRST = "it-resolution-01-kz-33";
    private static final String SECOND = "it-resolution-02-kz-75";
    private static final String THIRD = "it-resolution-03-kz-71";
    private static final String BLANK_TITLE = "it-resolution-04-kz-10";
    private static final String LATER = "it-resolution-05-kz-15";
    private static final String KAZAKH_LETTERS = "ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І";
    private static final String BASE = "/api/forums/{forumId}/resolution";
    private static final String MATRIX = "it-resolution-06-kz-63";
    /** The editorial group of the forum Jetisu (KZ-33) hosts: FIRST's. */
    private static final String DANA = TestIssuer.token("editor-dana", "Дана Әбішева", "KZ-33", RelayRole.EDITOR);

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    @Order(1)
    void shouldOpenOneDraftWhenTheForumConvenesEvenIfTheEventArrivesTwice() throws Exception {
        schedule(FIRST, 1, "KZ-33", "II Азаматтық форум", "II Гражданский форум", "II Civil Forum");
        schedule(SECOND, 2, "KZ-75", "Алматы форумы", "Форум Алматы", "Almaty forum");
        schedule(THIRD, 3, "KZ-71", "Астана форумы", "Форум Астаны", "Astana forum");
        ForumConvened convened = convened(FIRST, 1, "KZ-33");

        send(convened);
        send(convened);
        send(convened(THIRD, 3, "KZ-71"));

        await().atMost(Duration.ofSeconds(30)).until(ResolutionIT::reactionsCaughtUp);
        assertThat(status(get(THIRD))).isEqualTo(200);
        var draft = get(FIRST);
        assertThat(draft.getStatusCode().value()).isEqualTo(200);
        assertThat(draft.getBody()).contains("\"resolutionId\":\"res-" + FIRST + "\"").contains("\"status\":\"DRAFT\"")
                .contains("II Азаматтық форум қарары").contains("Резолюция: II Гражданский форум")
                .contains("Resolution of II Civil Forum");
        List<ResolutionDraftOpened> opened = readAll().stream().filter(e -> e instanceof ResolutionDraftOpened)
                .map(e -> (ResolutionDraftOpened) e).filter(e -> FIRST.equals(e.getEnvelope().getForumId())).toList();
        assertThat(opened).as("a duplicated ForumConvened opens one draft").hasSize(1);
        assertThat(opened.get(0).getEnvelope().getCausationId())
                .isEqualTo(convened.getEnvelope().getEventId().toString());
        assertThat(opened.get(0).getEnvelope().getActor().getKind()).isEqualTo(ActorKind.SERVICE);
    }

    @Test
    @Order(2)
    void shouldTakeProposalsAmendmentsAndWithdrawalsWithKazakhLettersIntact() {
        var proposed = exchange(HttpMethod.POST, BASE + "/recommendations", FIRST, proposal("REGIONAL_AKIMAT",
                "Жетісу облысының әкімдігі", "Әлеуметтік жобалар: " + KAZAKH_LETTERS), DANA);
        assertThat(proposed.getStatusCode().value()).isEqualTo(201);
        String location = proposed.getHeaders().getLocation().toString();
        assertThat(location).isEqualTo("/api/forums/" + FIRST + "/resolution/recommendations/rec-1");
        assertThat(proposed.getBody()).contains("\"revision\":1").contains(KAZAKH_LETTERS);

        exchange(HttpMethod.POST, BASE + "/recommendations", FIRST,
                proposal("PUBLIC_COUNCILS", "Қоғамдық кеңестер", "Тоқсан сайын есеп беру"), null);
        exchange(HttpMethod.POST, BASE + "/recommendations", FIRST,
                proposal("MEDIA", "Бұқаралық ақпарат құралдары", "Қайталанған ұсыныс"), null);
        var amended = exchange(HttpMethod.PUT, BASE + "/recommendations/rec-1", FIRST,
                "{\"text\":" + text("Үш жылдық қаржыландыру: " + KAZAKH_LETTERS) + "}", DANA);
        var again = exchange(HttpMethod.PUT, BASE + "/recommendations/rec-1", FIRST,
                "{\"text\":" + text("Үш жылдық қаржыландыру, түзетілген: " + KAZAKH_LETTERS) + "}", null);
        var withdrawn = client().delete().uri(BASE + "/recommendations/rec-3?reason=қайталанған", FIRST)
                .retrieve().toBodilessEntity();

        assertThat(amended.getBody()).contains("\"revision\":2");
        assertProblem(exchange(HttpMethod.PUT, BASE + "/recommendations/rec-1", FIRST, "{\"text\":" + text("Бөгде") + "}",
                TestIssuer.editor("KZ-75")), 403);
        assertThat(again.getBody()).contains("\"revision\":3").contains("түзетілген");
        assertThat(withdrawn.getStatusCode().value()).isEqualTo(204);
        assertThat(client().get().uri(location).retrieve().body(String.class)).contains("\"revision\":3");
        assertThat(get(FIRST).getBody()).contains("\"status\":\"WITHDRAWN\"");

        List<SpecificRecord> events = readAll();
        var firstProposal = events.stream().filter(e -> e instanceof RecommendationProposed)
                .map(e -> (RecommendationProposed) e).filter(e -> e.getRecommendationId().equals("rec-1"))
                .filter(e -> FIRST.equals(e.getEnvelope().getForumId())).findFirst().orElseThrow();
        assertThat(firstProposal.getText().getKk()).as("Kazakh letters survive REST -> Avro -> Kafka")
                .isEqualTo("Әлеуметтік жобалар: " + KAZAKH_LETTERS);
        assertThat(firstProposal.getEnvelope().getActor()).as("the actor as the token names them")
                .isEqualTo(new Actor(ActorKind.EDITOR, "editor-dana", "Дана Әбішева", "KZ-33"));
        assertThat(events).filteredOn(e -> e instanceof RecommendationAmended)
                .extracting(e -> ((RecommendationAmended) e).getRevision()).containsExactly(2, 3);
        assertThat(events).filteredOn(e -> e instanceof RecommendationWithdrawn)
                .extracting(e -> ((RecommendationWithdrawn) e).getReason()).containsExactly("қайталанған");
    }

    @Test
    @Order(3)
    void shouldRefuseWithProblemDetails() {
        String valid = proposal("NGOS", "ҮЕҰ", "Мәтін");
        assertProblem(get(SECOND), 404);
        assertProblem(get("it-resolution-09-kz-10"), 404);
        assertProblem(exchange(HttpMethod.POST, BASE + "/recommendations", SECOND, valid, null), 409);
        assertProblem(exchange(HttpMethod.POST, BASE + "/adopt", SECOND, null, null), 409);
        assertProblem(exchange(HttpMethod.POST, BASE + "/recommendations", "it-resolution-09-kz-10", valid, null), 404);
        assertProblem(exchange(HttpMethod.PUT, BASE + "/recommendations/rec-99", FIRST,
                "{\"text\":" + text("Мәтін") + "}", null), 404);
        assertProblem(exchange(HttpMethod.PUT, BASE + "/recommendations/rec-3", FIRST,
                "{\"text\":" + text("Мәтін") + "}", null), 409);
        assertProblem(exchange(HttpMethod.DELETE, BASE + "/recommendations/rec-3", FIRST, null, null), 409);
        assertProblem(exchange(HttpMethod.POST, BASE + "/recommendations", FIRST,
                proposal("NGOS", "ҮЕҰ", " "), null), 400);
        assertProblem(exchange(HttpMethod.POST, BASE + "/recommendations", FIRST,
                proposal("KING", "Патша", "Мәтін"), null), 400);
        assertProblem(exchange(HttpMethod.POST, BASE + "/recommendations", FIRST, "{\"addresseeKind\":\"NGOS\"}",
                null), 400);
        assertProblem(exchange(HttpMethod.GET, BASE + "/text?lang=de", FIRST, null, null), 400);

        exchange(HttpMethod.POST, BASE + "/recommendations", THIRD, valid, null);
        exchange(HttpMethod.DELETE, BASE + "/recommendations/rec-1", THIRD, null, null);
        var empty = exchange(HttpMethod.POST, BASE + "/adopt", THIRD, null, null);
        assertProblem(empty, 409);
        assertThat(empty.getBody()).contains("no recommendation to adopt");
        assertThat(readAll()).filteredOn(e -> e instanceof RecommendationProposed)
                .as("refused requests write nothing").hasSize(4);
    }

    @Test
    @Order(4)
    void shouldAdoptTheActiveRecommendationsAndThenRefuseChanges() {
        assertProblem(exchange(HttpMethod.POST, BASE + "/adopt", FIRST, null, DANA), 403);
        var adopted = exchange(HttpMethod.POST, BASE + "/adopt", FIRST, "{}", TestIssuer.operator());

        assertThat(adopted.getStatusCode().value()).isEqualTo(200);
        assertThat(adopted.getBody()).contains("\"status\":\"ADOPTED\"");
        var event = readAll().stream().filter(e -> e instanceof ResolutionAdopted).map(e -> (ResolutionAdopted) e)
                .findFirst().orElseThrow();
        assertThat(event.getResolutionId()).isEqualTo("res-" + FIRST);
        assertThat(event.getRecommendationIds()).containsExactly("rec-1", "rec-2");
        assertThat(event.getContentHash()).as("SHA-256 of the adopted text's canonical form").matches("[0-9a-f]{64}");
        assertThat(event.getRecommendationsByAddressee().values().stream().mapToInt(Integer::intValue).sum())
                .as("both adopted recommendations counted by addressee").isEqualTo(2);
        assertThat(event.getTitle().getKk()).isEqualTo("II Азаматтық форум қарары");
        assertThat(event.getEnvelope().getActor().getKind()).isEqualTo(ActorKind.OPERATOR);
        assertThat(event.getEnvelope().getActor().getId()).isEqualTo("operator-aigerim");
        assertProblem(exchange(HttpMethod.POST, BASE + "/adopt", FIRST, null, null), 409);
        assertProblem(exchange(HttpMethod.POST, BASE + "/recommendations", FIRST,
                proposal("NGOS", "ҮЕҰ", "Кеш"), null), 409);
        assertProblem(exchange(HttpMethod.PUT, BASE + "/recommendations/rec-1", FIRST,
                "{\"text\":" + text("Кеш") + "}", null), 409);
    }

    @Test
    @Order(5)
    void shouldExportTheAdoptedResolutionAsTextInEachLanguage() {
        var kk = exchange(HttpMethod.GET, BASE + "/text?lang=kk", FIRST, null, null);
        var ru = exchange(HttpMethod.GET, BASE + "/text?lang=ru", FIRST, null, null);

        assertThat(kk.getHeaders().getContentType().toString()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(kk.getBody()).startsWith("II Азаматтық форум қарары\nҚАБЫЛДАНДЫ ")
                .contains("Жетісу облысының әкімдігі\n  1. Үш жылдық қаржыландыру, түзетілген: " + KAZAKH_LETTERS)
                .contains("Қоғамдық кеңестер\n  1. Тоқсан сайын есеп беру")
                .doesNotContain("Қайталанған ұсыныс");
        assertThat(ru.getBody()).startsWith("Резолюция: II Гражданский форум\nПРИНЯТА ");
    }

    @Test
    @Order(5)
    void shouldExportTheAdoptedResolutionAsAPdfWithKazakhLettersIntact() throws Exception {
        var all = client().get().uri(BASE + "/pdf", FIRST).retrieve().toEntity(byte[].class);
        var russian = client().get().uri(BASE + "/pdf?lang=ru", FIRST).retrieve().toEntity(byte[].class);

        assertThat(all.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(all.getHeaders().getContentDisposition().getFilename()).isEqualTo("resolution-" + FIRST + ".pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(all.getBody())) {
            assertThat(document.getNumberOfPages()).as("kk, ru and en, each from a new page").isEqualTo(3);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("II Азаматтық форум қарары").contains("ҚАБЫЛДАНДЫ")
                    .contains("Үш жылдық қаржыландыру, түзетілген: " + KAZAKH_LETTERS)
                    .contains("Резолюция: II Гражданский форум").doesNotContain("Қайталанған ұсыныс");
        }
        try (var document = org.apache.pdfbox.Loader.loadPDF(russian.getBody())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("ПРИНЯТА")
                    .doesNotContain("ҚАБЫЛДАНДЫ");
        }
        assertProblem(exchange(HttpMethod.GET, BASE + "/pdf?lang=de", FIRST, null, null), 400);
        assertProblem(exchange(HttpMethod.GET, BASE + "/pdf", "it-resolution-19-kz-62", null, null), 404);
    }

    @Test
    @Order(6)
    void shouldRebuildTheSameResolutionFromTheLogOnRestart() {
        try (RestartedService restarted = RestartedService.start(ResolutionApplication.class, "resolution")) {
            RestClient rebuilt = restarted.client();

            String text = rebuilt.get().uri(BASE + "/text?lang=kk", FIRST).retrieve().body(String.class);
            String json = rebuilt.get().uri(BASE, FIRST).retrieve().body(String.class);

            assertThat(text).as("Kazakh letters survive REST -> Avro -> Kafka -> REST")
                    .isEqualTo(exchange(HttpMethod.GET, BASE + "/text?lang=kk", FIRST, null, null).getBody())
                    .contains(KAZAKH_LETTERS);
            assertThat(json).isEqualTo(get(FIRST).getBody())
                    .as("recommendations in the order proposed")
                    .containsSubsequence("\"rec-1\"", "\"rec-2\"", "\"rec-3\"");
        }
    }

    @Test
    @Order(7)
    void shouldDeadLetterAForumScheduledWithABlankTitleAndStillStartAfterARestart() throws Exception {
        ForumScheduled blank = scheduled(BLANK_TITLE, 4, "KZ-10", " ", "Форум без названия", "Untitled forum");
        send(blank);

        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters(BLANK_TITLE).size() == 1);
        var deadLetter = deadLetters(BLANK_TITLE).get(0);
        assertThat(header(deadLetter, "relay-dlt-reason")).as("the reason, in plain words")
                .isEqualTo("IllegalArgumentException: text in kk is blank");
        assertThat(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo("relay.scheduling");
        assertThat(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP)).isEqualTo("resolution-reactions");

        schedule(LATER, 5, "KZ-15", "Кейінгі форум", "Следующий форум", "Later forum");
        send(convened(LATER, 5, "KZ-15"));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(get(LATER)) == 200);
        await().atMost(Duration.ofSeconds(30)).until(ResolutionIT::reactionsCaughtUp);
        assertThat(get(LATER).getBody()).as("the listener goes on after the bad record")
                .contains("Resolution of Later forum");
        assertProblem(get(BLANK_TITLE), 404);
        assertThat(readAll()).filteredOn(e -> BLANK_TITLE.equals(((kz.civicrelay.events.Envelope) e.get(0))
                .getForumId())).as("nothing is written for the bad record").isEmpty();
        String liveFirst = get(FIRST).getBody();
        String liveLater = get(LATER).getBody();
        String livePdfText = pdfText(client(), FIRST);

        try (RestartedService restarted = RestartedService.start(ResolutionApplication.class, "resolution")) {
            RestClient rebuilt = restarted.client();

            assertThat(rebuilt.get().uri(BASE, FIRST).retrieve().body(String.class))
                    .as("a restart skips the bad record and rebuilds the other forums").isEqualTo(liveFirst);
            assertThat(rebuilt.get().uri(BASE, LATER).retrieve().body(String.class)).isEqualTo(liveLater);
            assertThat(pdfText(rebuilt, FIRST)).as("the PDF export of the restarted instance").isEqualTo(livePdfText)
                    .contains("II Азаматтық форум қарары");
            assertThat(rebuilt.get().uri(BASE, BLANK_TITLE).retrieve().onStatus(s -> true, (req, res) -> { })
                    .toBodilessEntity().getStatusCode().value()).as("the bad forum stays unknown").isEqualTo(404);
            var refused = rebuilt.post().uri(BASE + "/recommendations", LATER)
                    .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                    .body(proposal("NGOS", "ҮЕҰ", "Күту режимі")).retrieve().onStatus(s -> true, (req, res) -> { })
                    .toEntity(String.class);
            assertThat(refused.getStatusCode().value()).as("a standby decides nothing").isEqualTo(503);
        }
        assertThat(deadLetters(BLANK_TITLE)).as("the restart adds no second dead letter").hasSize(1);
        assertThat(readAll()).filteredOn(e -> e instanceof RecommendationProposed)
                .filteredOn(e -> LATER.equals(((kz.civicrelay.events.Envelope) e.get(0)).getForumId())).isEmpty();
    }

    private static List<ConsumerRecord<String, byte[]>> deadLetters(String forumId) {
        return TopicLog.readAll("relay.scheduling.DLT", new ByteArrayDeserializer()).stream()
                .filter(r -> forumId.equals(r.key())).toList();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String pdfText(RestClient client, String forumId) throws Exception {
        byte[] pdf = client.get().uri(BASE + "/pdf", forumId).retrieve().body(byte[].class);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    /**
     * Decision 0015: a forum's editorial group and operators draft, operators adopt; an adopted resolution is
     * public, a draft asks to sign in; refused requests append nothing; bad tokens get 401.
     */
    @Test
    @Order(8)
    void shouldHoldTheRoleByEndpointMatrix(CapturedOutput output) throws Exception {
        schedule(MATRIX, 6, "KZ-63", "Шығыс форумы", "Восточный форум", "East forum");
        send(convened(MATRIX, 6, "KZ-63"));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(get(MATRIX)) == 200);
        exchange(HttpMethod.POST, BASE + "/recommendations", MATRIX, proposal("MEDIA", "БАҚ", "Ашықтық"),
                TestIssuer.editor("KZ-63"));
        String matrix = """
                request                                                  | public | operator | auditor | editor | other-editor | team | participant
                GET  /actuator/prometheus                                | 401 | ok | ok | 403 | 403 | 403 | 403
                GET    /api/forums/%1$s/resolution                       | ok     | ok       | ok      | ok     | ok           | ok   | ok
                GET    /api/forums/%1$s/resolution/text?lang=ru          | ok     | ok       | ok      | ok     | ok           | ok   | ok
                GET    /api/forums/%1$s/resolution/pdf?lang=kk           | ok     | ok       | ok      | ok     | ok           | ok   | ok
                GET    /api/forums/%1$s/resolution/recommendations/rec-1 | ok     | ok       | ok      | ok     | ok           | ok   | ok
                GET    /api/forums/%2$s/resolution                       | 401    | ok       | ok      | ok     | ok           | ok   | ok
                GET    /api/forums/%2$s/resolution/text?lang=kk          | 401    | ok       | ok      | ok     | ok           | ok   | ok
                GET    /api/forums/%2$s/resolution/pdf                   | 401    | ok       | ok      | ok     | ok           | ok   | ok
                GET    /api/forums/%2$s/resolution/recommendations/rec-1 | 401    | ok       | ok      | ok     | ok           | ok   | ok
                POST   /api/forums/%2$s/resolution/recommendations       | 401    | ok       | 403     | ok     | 403          | 403  | 403
                PUT    /api/forums/%2$s/resolution/recommendations/rec-1 | 401    | ok       | 403     | ok     | 403          | 403  | 403
                DELETE /api/forums/%2$s/resolution/recommendations/rec-1 | 401    | ok       | 403     | ok     | 403          | 403  | 403
                GET    /api/forums/%1$s/resolution/markdown?lang=kk      | ok     | ok       | ok      | ok     | ok           | ok   | ok
                GET    /api/forums/%2$s/resolution/markdown              | 401    | ok       | ok      | ok     | ok           | ok   | ok
                GET    /api/forums/%2$s/resolution/earlier-open          | ok     | ok       | ok      | ok     | ok           | ok   | ok
                GET    /api/series/%3$s/recommendations                  | ok     | ok       | ok      | ok     | ok           | ok   | ok
                GET    /api/forums/%2$s/resolution/recommendations/rec-1/revisions | 401 | ok   | ok      | ok     | ok           | ok   | ok
                GET    /api/forums/%2$s/resolution/recommendations/rec-1/diff | 401 | ok       | ok      | ok     | ok           | ok   | ok
                GET    /api/forums/%1$s/resolution/recommendations/rec-1/progress | ok | ok    | ok      | ok     | ok           | ok   | ok
                POST   /api/forums/%1$s/resolution/recommendations/rec-1/progress | 401 | ok   | 403     | 403    | 403          | 403  | 403
                PUT    /api/forums/%2$s/resolution/kind                  | 401    | ok       | 403     | ok     | 403          | 403  | 403
                PUT    /api/forums/%2$s/resolution/order                 | 401    | ok       | 403     | ok     | 403          | 403  | 403
                POST   /api/forums/%2$s/resolution/recommendations/rec-1/merge | 401 | ok    | 403     | ok     | 403          | 403  | 403
                POST   /api/forums/%2$s/resolution/recommendations/rec-1/vote | 401 | ok     | 403     | 403    | 403          | 403  | 403
                POST   /api/forums/%2$s/resolution/adopt                 | 401    | ok       | 403     | 403    | 403          | 403  | 403
                """.formatted(FIRST, MATRIX, SERIES);
        EndpointMatrix.assertCovers(mappings, matrix);
        EndpointMatrix.at("http://localhost:" + port).caller("public", null).caller("operator", TestIssuer.operator())
                .caller("auditor", TestIssuer.auditor()).caller("editor", TestIssuer.editor("KZ-63"))
                .caller("other-editor", TestIssuer.editor("KZ-33")).caller("team", TestIssuer.team("KZ-63"))
                .caller("participant", TestIssuer.participant("p-1", "KZ-63"))
                // The operator's adoption comes last: before it the draft asks the public to sign in.
                .body("POST /api/forums/" + MATRIX + "/resolution/recommendations", proposal("NGOS", "ҮЕҰ", "Есеп"))
                .body("PUT /api/forums/" + MATRIX + "/resolution/recommendations/rec-1", "{\"text\":" + text("Жаңа") + "}")
                // Bodies that change nothing where allowed (the same kind, the same order, a merge into itself, votes
                // that do not add up, a report from before the adoption), so the rows do not depend on each other.
                .body("PUT /api/forums/" + MATRIX + "/resolution/kind", "{\"documentKind\":\"RESOLUTION\"}")
                .body("PUT /api/forums/" + MATRIX + "/resolution/order", "{\"recommendationIds\":[\"rec-1\"]}")
                .body("POST /api/forums/" + MATRIX + "/resolution/recommendations/rec-1/merge",
                        "{\"duplicate\":\"rec-1\"}")
                .body("POST /api/forums/" + MATRIX + "/resolution/recommendations/rec-1/vote",
                        "{\"present\":10,\"inFavour\":5,\"against\":1,\"abstained\":1}")
                .body("POST /api/forums/" + FIRST + "/resolution/recommendations/rec-1/progress",
                        "{\"status\":\"DONE\",\"reportedOn\":\"2020-01-01\"}")
                .output(output::getAll).assertTable(matrix, SharedKafkaBroker.bootstrapServers());
    }

    private static void assertProblem(ResponseEntity<String> response, int status) {
        ResolutionRequests.assertProblem(response, status);
    }

    /** As an operator unless a request says otherwise. */
    private RestClient client() {
        return requests().client();
    }

    private ResolutionRequests requests() {
        return new ResolutionRequests(port, SERIES);
    }

    private ResponseEntity<String> get(String forumId) {
        return exchange(HttpMethod.GET, BASE, forumId, null, null);
    }

    private static int status(ResponseEntity<String> response) {
        return response.getStatusCode().value();
    }

    /** As the holder of {@code token}; an operator when null. */
    private ResponseEntity<String> exchange(HttpMethod method, String uri, String forumId, String body, String token) {
        return requests().exchange(method, uri, forumId, body, token);
    }

    private static String proposal(String kind, String addresseeKk, String textKk) {
        return ResolutionRequests.proposal(kind, addresseeKk, textKk);
    }

    private static String text(String kk) {
        return ResolutionRequests.text(kk);
    }

    private void schedule(String forumId, int position, String region, String kk, String ru, String en)
            throws Exception {
        requests().schedule(forumId, position, region, kk, ru, en);
    }

    private ForumScheduled scheduled(String forumId, int position, String region, String kk, String ru, String en) {
        return requests().scheduled(forumId, position, region, kk, ru, en);
    }

    private ForumConvened convened(String forumId, int position, String region) {
        return requests().convened(forumId, position, region);
    }

    private static void send(SpecificRecord event) throws Exception {
        ResolutionRequests.send(event);
    }

    /** True once the reaction listener has committed every record of relay.scheduling, the duplicate included. */
    private static boolean reactionsCaughtUp() throws Exception {
        return TopicLog.caughtUp("resolution-reactions", "relay.scheduling");
    }

    /** Every committed event of relay.resolution written for this IT's series, oldest first. */
    private static List<SpecificRecord> readAll() {
        return new ResolutionRequests(0, SERIES).readAll();
    }
}
