package kz.civicrelay.resolution;

import static kz.civicrelay.resolution.ResolutionRequests.BASE;
import static kz.civicrelay.resolution.ResolutionRequests.assertProblem;
import static kz.civicrelay.resolution.ResolutionRequests.text;
import static kz.civicrelay.resolution.ResolutionRequests.trilingual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.events.DocumentKind;
import kz.civicrelay.events.FollowUpStatus;
import kz.civicrelay.events.RecommendationProgressReported;
import kz.civicrelay.events.RecommendationVoted;
import kz.civicrelay.events.RecommendationWithdrawn;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.events.ResolutionKindChosen;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;

/**
 * Issue 13 against a real broker: an appeal drafted with revisions, a merge and a reordering, voted item by item and
 * as a whole, adopted under its content hash, exported as Markdown and PDF, then followed up by the addressee's
 * region; bad input refused with problem details and nothing appended.
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlenaryAndFollowUpIT {

    private static final String SERIES = "it-plenary";
    private static final String FORUM = "it-plenary-01-kz-47";
    private static final String NEXT = "it-plenary-02-kz-55";
    private static final String EDITOR = TestIssuer.editor("KZ-47");
    private static final String AKIMAT = trilingual("Маңғыстау облысының әкімдігі", "Акимат Мангистауской области",
            "Akimat of Mangystau Region");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void draftsAnAppealWithRevisionsAMergeAndANewOrder() throws Exception {
        api().schedule(FORUM, 1, "KZ-47", "Ақтау форумы", "Форум Актау", "Aktau forum");
        api().schedule(NEXT, 2, "KZ-55", "Павлодар форумы", "Форум Павлодара", "Pavlodar forum");
        ResolutionRequests.send(api().convened(FORUM, 1, "KZ-47"));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(api().exchange(HttpMethod.GET, BASE, FORUM, null,
                null)) == 200);

        JsonNode appeal = json(call(HttpMethod.PUT, "/kind", "{\"documentKind\":\"APPEAL\"}", EDITOR));
        assertThat(appeal.path("documentKind").asText()).isEqualTo("APPEAL");
        assertThat(appeal.at("/title/kk").asText()).isEqualTo("Ақтау форумы үндеуі");
        propose("Жастар орталығын ашу", "KZ-47");
        propose("Жастарға арналған орталық ашу", "KZ-47");
        call(HttpMethod.POST, "/recommendations", "{\"addresseeKind\":\"MINISTRY\",\"addressee\":"
                + trilingual("Ағарту министрлігі", "Министерство просвещения", "Ministry of Education") + ",\"text\":"
                + text("Мектептерге психолог қосу") + "}", EDITOR);
        call(HttpMethod.PUT, "/recommendations/rec-1", "{\"text\":" + text("Әр ауданда жастар орталығын ашу") + "}",
                EDITOR);

        JsonNode revisions = json(call(HttpMethod.GET, "/recommendations/rec-1/revisions", null, EDITOR));
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(1).path("by").asText()).as("who wrote revision 2").isNotBlank();
        assertThat(revisions.get(1).path("at").asText()).isNotBlank();
        JsonNode diff = json(call(HttpMethod.GET, "/recommendations/rec-1/diff?from=1&to=2", null, EDITOR));
        assertThat(diff.at("/changes/kk").toString()).contains("{\"change\":\"REMOVED\",\"text\":\"Жастар\"}")
                .contains("{\"change\":\"ADDED\",\"text\":\"ауданда жастар \"}")
                .contains("{\"change\":\"KEPT\",\"text\":\"орталығын ашу\"}");

        JsonNode merged = json(call(HttpMethod.POST, "/recommendations/rec-1/merge", "{\"duplicate\":\"rec-2\","
                + "\"text\":" + text("Әр ауданда жастарға арналған орталық ашу") + "}", EDITOR));
        assertThat(merged.path("revision").asInt()).isEqualTo(3);
        assertThat(json(call(HttpMethod.GET, "/recommendations/rec-2", null, EDITOR)).path("mergedInto").asText())
                .isEqualTo("rec-1");
        assertThat(api().readAll()).filteredOn(e -> e instanceof RecommendationWithdrawn)
                .extracting(e -> ((RecommendationWithdrawn) e).getMergedInto()).containsExactly("rec-1");
        propose("Жастар саясаты бойынша кеңес құру", "KZ-47");
        JsonNode reordered = json(call(HttpMethod.PUT, "/order", "{\"recommendationIds\":[\"rec-4\",\"rec-1\"]}",
                EDITOR));
        assertThat(reordered.findValuesAsText("recommendationId")).containsExactly("rec-4", "rec-2", "rec-3", "rec-1");
        assertThat(api().readAll()).filteredOn(e -> e instanceof ResolutionKindChosen).hasSize(1);
    }

    @Test
    @Order(2)
    void refusesBadInputAndAppendsNothing() {
        int before = api().readAll().size();

        assertProblem(call(HttpMethod.POST, "/recommendations/rec-1/merge", "{\"duplicate\":\"rec-1\","
                + "\"duplicateForumId\":\"" + NEXT + "\"}", EDITOR), 400);
        assertProblem(call(HttpMethod.POST, "/recommendations/rec-3/vote",
                "{\"present\":100,\"inFavour\":50,\"against\":30,\"abstained\":10}", null), 400);
        assertProblem(call(HttpMethod.POST, "/recommendations/rec-3/vote", "{\"present\":10,\"inFavour\":5}", null),
                400);
        assertProblem(call(HttpMethod.PUT, "/recommendations/rec-2", "{\"text\":" + text("Кеш") + "}", EDITOR), 409);
        assertProblem(call(HttpMethod.PUT, "/kind", "{\"documentKind\":\"RESOLUTION\"}", EDITOR), 409);
        assertProblem(call(HttpMethod.PUT, "/kind", "{\"documentKind\":\"MANIFESTO\"}", EDITOR), 400);
        assertProblem(call(HttpMethod.PUT, "/order", "{\"recommendationIds\":[\"rec-1\"]}", EDITOR), 400);
        assertProblem(call(HttpMethod.POST, "/recommendations", "{\"addresseeKind\":\"MEDIA\",\"addressee\":" + AKIMAT
                + ",\"text\":" + text("ә".repeat(4001)) + ",\"addresseeRegion\":\"KZ-47\"}", EDITOR), 400);
        assertProblem(call(HttpMethod.POST, "/recommendations", "{\"addresseeKind\":\"MEDIA\",\"addressee\":" + AKIMAT
                + ",\"text\":" + text("Мәтін") + ",\"addresseeRegion\":\"KZ-99\"}", EDITOR), 400);
        assertProblem(call(HttpMethod.GET, "/recommendations/rec-1/diff?from=1&to=9", null, EDITOR), 404);
        assertProblem(call(HttpMethod.POST, "/recommendations/rec-1/progress", "{\"status\":\"DONE\"}", null), 409);

        assertThat(api().readAll()).as("refused requests append nothing").hasSize(before);
    }

    @Test
    @Order(3)
    void votesItemByItemAndAdoptsTheWholeTextUnderItsHash() throws Exception {
        call(HttpMethod.POST, "/recommendations/rec-3/vote", vote(40, 12, 25, 3), null);
        JsonNode carried = json(call(HttpMethod.POST, "/recommendations/rec-1/vote", vote(40, 35, 2, 3), null));
        assertThat(carried.path("inText").asBoolean()).isTrue();
        assertThat(json(call(HttpMethod.GET, "/recommendations/rec-3", null, null)).path("inText").asBoolean())
                .as("voted down").isFalse();
        int before = api().readAll().size();
        assertProblem(call(HttpMethod.POST, "/adopt", vote(40, 10, 20, 10), null), 409);
        assertProblem(call(HttpMethod.POST, "/adopt", "{\"present\":40,\"inFavour\":36}", null), 400);
        assertThat(api().readAll()).as("a whole text not carried adopts nothing").hasSize(before);

        JsonNode adopted = json(call(HttpMethod.POST, "/adopt", vote(40, 36, 1, 3), null));

        String hash = adopted.path("contentHash").asText();
        assertThat(hash).matches("[0-9a-f]{64}");
        ResolutionAdopted event = api().readAll().stream().filter(e -> e instanceof ResolutionAdopted)
                .map(e -> (ResolutionAdopted) e).findFirst().orElseThrow();
        assertThat(event.getContentHash()).isEqualTo(hash);
        assertThat(event.getDocumentKind()).isEqualTo(DocumentKind.APPEAL);
        assertThat(event.getVote().getInFavour()).isEqualTo(36);
        assertThat(event.getRecommendationIds()).containsExactly("rec-4", "rec-1");
        assertThat(event.getRecommendations()).extracting(r -> r.getText().getKk())
                .containsExactly("Жастар саясаты бойынша кеңес құру", "Әр ауданда жастарға арналған орталық ашу");
        assertThat(api().readAll()).filteredOn(e -> e instanceof RecommendationVoted)
                .extracting(e -> ((RecommendationVoted) e).getCarried()).containsExactly(false, true);
        assertProblem(call(HttpMethod.PUT, "/recommendations/rec-1", "{\"text\":" + text("Кеш") + "}", EDITOR), 409);
        assertProblem(call(HttpMethod.POST, "/recommendations/rec-4/vote", vote(1, 1, 0, 0), null), 409);

        String markdown = call(HttpMethod.GET, "/markdown?lang=kk", null, null).getBody();
        assertThat(markdown).startsWith("# Ақтау форумы үндеуі\n").contains("- Құжат түрі: Үндеу")
                .contains("`" + hash + "`").contains("## Маңғыстау облысының әкімдігі\n\n1. Жастар саясаты бойынша "
                        + "кеңес құру\n2. Әр ауданда жастарға арналған орталық ашу\n")
                .doesNotContain("психолог");
        byte[] pdf = api().client().get().uri(BASE + "/pdf", FORUM).retrieve().body(byte[].class);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(pdfText).contains("Ақтау форумы үндеуі", "Құжат түрі: Үндеу", "Мазмұн хэші (SHA-256): " + hash,
                    "Хеш содержания (SHA-256): " + hash, "Әр ауданда жастарға арналған орталық ашу",
                    "жақтап 36, қарсы 1, қалыс қалған 3 (қатысқан 40)", "Обращение: Форум Актау");
        }
    }

    @Test
    @Order(4)
    void followsUpThroughTheAddresseesRegionAndShowsTheOpenItemsToLaterForums() throws Exception {
        String note = "Үш ауданда орталық ашылды; қаржы бөлінді";
        assertProblem(call(HttpMethod.POST, "/recommendations/rec-1/progress", "{\"status\":\"IN_PROGRESS\"}",
                TestIssuer.team("KZ-55")), 403);
        assertProblem(call(HttpMethod.POST, "/recommendations/rec-3/progress", "{\"status\":\"DONE\"}", null), 409);
        assertProblem(call(HttpMethod.POST, "/recommendations/rec-1/progress", "{\"status\":\"FORGOTTEN\"}", null),
                400);
        assertProblem(call(HttpMethod.POST, "/recommendations/rec-1/progress", "{\"status\":\"DECLINED\"}", null),
                400);

        JsonNode reports = json(call(HttpMethod.POST, "/recommendations/rec-1/progress",
                "{\"status\":\"IN_PROGRESS\",\"note\":\"" + note + "\"}", TestIssuer.team("KZ-47")));

        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).path("note").asText()).isEqualTo(note);
        assertThat(api().readAll()).filteredOn(e -> e instanceof RecommendationProgressReported)
                .extracting(e -> ((RecommendationProgressReported) e).getStatus())
                .containsExactly(FollowUpStatus.IN_PROGRESS);
        JsonNode publicView = json(api().exchange(HttpMethod.GET, "/api/forums/{forumId}/resolution/recommendations/"
                + "rec-1/progress", FORUM, null, null));
        assertThat(publicView.get(0).path("note").asText()).isEqualTo(note);
        JsonNode table = json(api().exchange(HttpMethod.GET, "/api/series/" + SERIES + "/recommendations", FORUM,
                null, null));
        assertThat(table.at("/byAddressee/REGIONAL_AKIMAT/IN_PROGRESS").asInt()).isEqualTo(1);
        assertThat(table.at("/byAddressee/REGIONAL_AKIMAT/NOT_STARTED").asInt()).isEqualTo(1);
        assertThat(table.path("rows").findValuesAsText("lastNote")).contains(note);
        JsonNode filtered = json(api().exchange(HttpMethod.GET, "/api/series/" + SERIES
                + "/recommendations?status=IN_PROGRESS", FORUM, null, null));
        assertThat(filtered.path("rows")).hasSize(1);
        JsonNode open = json(api().exchange(HttpMethod.GET, BASE + "/earlier-open", NEXT, null, null));
        assertThat(open.path("rows").findValuesAsText("recommendationId")).containsExactly("rec-4", "rec-1");
        assertThat(open.path("rows").get(1).at("/text/kk").asText()).isEqualTo("Әр ауданда жастарға арналған орталық ашу");
    }

    private void propose(String kk, String region) {
        call(HttpMethod.POST, "/recommendations", "{\"addresseeKind\":\"REGIONAL_AKIMAT\",\"addressee\":" + AKIMAT
                + ",\"text\":" + text(kk) + ",\"addresseeRegion\":\"" + region + "\"}", EDITOR);
    }

    private static String vote(int present, int inFavour, int against, int abstained) {
        return "{\"present\":" + present + ",\"inFavour\":" + inFavour + ",\"against\":" + against
                + ",\"abstained\":" + abstained + "}";
    }

    private ResponseEntity<String> call(HttpMethod method, String path, String body, String token) {
        return api().exchange(method, BASE + path, FORUM, body, token);
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        return JSON.readTree(response.getBody());
    }

    private static int status(ResponseEntity<String> response) {
        return response.getStatusCode().value();
    }

    private ResolutionRequests api() {
        return new ResolutionRequests(port, SERIES);
    }

}
