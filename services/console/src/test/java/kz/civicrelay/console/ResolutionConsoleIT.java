package kz.civicrelay.console;

import static kz.civicrelay.console.ResolutionSamples.AKIMAT;
import static kz.civicrelay.console.ResolutionSamples.OPERATOR;
import static kz.civicrelay.console.ResolutionSamples.text;
import static kz.civicrelay.console.ResolutionSamples.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.DocumentKind;
import kz.civicrelay.events.FollowUpStatus;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;
import kz.civicrelay.platform.testing.TopicLog;

/**
 * Issue 13 in the console, against a real broker: the resolution service's events appended by another client are
 * folded into a forum's resolution (a draft for those signed in, 401 for the public; adopted, for everyone), each
 * recommendation's revisions with who and when and the word diff of any two, the series-wide follow-up table with its
 * filters, the open items of earlier forums, and the live stream showing the new events readably; Kazakh letters
 * intact throughout, bad input refused as problem+json.
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "relay.console.heartbeat=300ms")
class ResolutionConsoleIT {

    private static final String SERIES = "console-resolution";
    private static final LocalizedText MINISTRY = text("Ағарту министрлігі", "Министерство просвещения",
            "Ministry of Education");
    private static final LocalizedText CENTRE = text("Жастар орталығын ашу", "Открыть молодёжный центр",
            "Open a youth centre");
    private static final LocalizedText CENTRE_MERGED = text("Жастар үйін Талдықорғанда ашу",
            "Открыть молодёжный дом в Талдыкоргане", "Open a youth house in Taldykorgan");
    private static final LocalizedText TEXTBOOKS = text("Оқулықтарды жаңарту", "Обновить учебники", "Renew the textbooks");

    @LocalServerPort
    int port;

    private final SampleEvents forums = new SampleEvents(SERIES);
    private final ResolutionSamples samples = new ResolutionSamples(SERIES);

    @Test
    void shouldShowTheDraftItsRevisionsTheAdoptionAndWhatBecameOfIt() throws Exception {
        List<String> streamed = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> watcher = new ConsoleHttp(port).watchStream(streamed, TestIssuer.operator());
        try {
            TopicLog.send("relay.scheduling", SERIES, forums.planned());
            TopicLog.send("relay.scheduling", forums.forum(1), forums.scheduled(1));
            TopicLog.send("relay.scheduling", forums.forum(2), forums.scheduled(2));
            forumOne(samples.draftOpened(1), samples.appealChosen(1),
                    samples.proposed(1, "rec-1", AddresseeKind.REGIONAL_AKIMAT, AKIMAT, CENTRE),
                    samples.proposed(1, "rec-2", AddresseeKind.REGIONAL_AKIMAT, AKIMAT, text("Орталық ашу",
                            "Открыть центр", "Open a centre")),
                    samples.proposed(1, "rec-3", AddresseeKind.MINISTRY, MINISTRY, TEXTBOOKS),
                    samples.withdrawn(1, "rec-2", "rec-1"), samples.amended(1, "rec-1", 2, CENTRE_MERGED, OPERATOR),
                    samples.voted(1, "rec-1", vote(33, 2, 5)), samples.voted(1, "rec-3", vote(30, 4, 6)));
            String draftPath = "/api/forums/" + forums.forum(1) + "/resolution";
            await().atMost(Duration.ofSeconds(30)).until(() -> json(get(draftPath, TestIssuer.operator()).body())
                    .path("recommendations").path(2).path("vote").isObject());

            // A draft: for those signed in (as at resolution), the public asked to sign in.
            assertProblem(get(draftPath, null), 401);
            JsonNode draft = json(get(draftPath, TestIssuer.participant("p-1", "KZ-33")).body());
            assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
            assertThat(draft.get("documentKind").asString()).isEqualTo("APPEAL");
            assertThat(draft.get("title").get("kk").asString()).isEqualTo("Форум үндеуі");
            JsonNode merged = draft.get("recommendations").get(1);
            assertThat(merged.get("status").asString()).isEqualTo("MERGED");
            assertThat(merged.get("mergedInto").asString()).isEqualTo("rec-1");
            JsonNode kept = draft.get("recommendations").get(0);
            assertThat(kept.get("revision").asInt()).isEqualTo(2);
            assertThat(kept.get("text").get("kk").asString()).isEqualTo("Жастар үйін Талдықорғанда ашу");
            assertThat(kept.get("vote").get("carried").asBoolean()).isTrue();
            assertThat(kept.get("inText").asBoolean()).isTrue();

            // Every revision with who and when; any two word by word, in each language.
            String rec1 = draftPath + "/recommendations/rec-1";
            JsonNode revisions = json(get(rec1 + "/revisions", TestIssuer.editor("KZ-33")).body());
            assertThat(revisions).hasSize(2);
            assertThat(revisions.get(0).get("by").asString()).isEqualTo("Әлия Нұрланқызы");
            assertThat(revisions.get(1).get("by").asString()).isEqualTo("Дана Әбішева");
            JsonNode diff = json(get(rec1 + "/diff?from=1&to=2", TestIssuer.editor("KZ-33")).body());
            assertThat(diff.get("from").get("revision").asInt()).isEqualTo(1);
            assertThat(runs(diff.get("changes").get("kk"), "REMOVED")).isEqualTo("орталығын");
            assertThat(runs(diff.get("changes").get("kk"), "ADDED")).contains("үйін", "Талдықорғанда");
            assertThat(runs(diff.get("changes").get("ru"), "KEPT")).contains("Открыть молодёжный");
            assertProblem(get(rec1 + "/revisions", null), 401);
            assertProblem(get(rec1 + "/diff?to=9", TestIssuer.operator()), 404);
            assertProblem(get(rec1 + "/diff?from=first", TestIssuer.operator()), 400);
            assertProblem(get(draftPath + "/recommendations/rec-9/revisions", TestIssuer.operator()), 404);

            // Adopted (rec-1 and rec-3), reported on; forum 2 convened later and drafts its own.
            forumOne(samples.adopted(1, DocumentKind.APPEAL, vote(36, 1, 3), List.of(
                    ResolutionSamples.adopted("rec-1", AddresseeKind.REGIONAL_AKIMAT, AKIMAT, CENTRE_MERGED, 2),
                    ResolutionSamples.adopted("rec-3", AddresseeKind.MINISTRY, MINISTRY, TEXTBOOKS, 1))),
                    samples.progress(1, "rec-1", FollowUpStatus.DONE, LocalDate.now(), "Үй ашылды — 120 орын"),
                    samples.progress(1, "rec-3", FollowUpStatus.IN_PROGRESS, LocalDate.now(), "Жоба әзірленуде"));
            TopicLog.send("relay.resolution", forums.forum(2), samples.draftOpened(2));
            await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/series/" + SERIES + "/recommendations", null)
                    .body().contains("Жоба әзірленуде") && get("/api/forums/" + forums.forum(2), null).body()
                    .contains("\"resolution\":\"DRAFT\""));

            JsonNode adopted = json(get(draftPath, null).body());
            assertThat(adopted.get("status").asString()).isEqualTo("ADOPTED");
            assertThat(adopted.get("adoptedOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(adopted.get("contentHash").asString()).hasSize(64);
            assertThat(adopted.get("vote").get("inFavour").asInt()).isEqualTo(36);
            assertThat(adopted.get("recommendations").get(0).get("followUp").asString()).isEqualTo("DONE");

            // The series' table, counted by addressee and status, filtered; the open items forum 2 inherits.
            JsonNode table = json(get("/api/series/" + SERIES + "/recommendations", null).body());
            assertThat(table.get("rows")).hasSize(2);
            assertThat(table.get("rows").get(0).get("region").get("kk").asString()).isEqualTo("Жетісу облысы");
            assertThat(table.get("rows").get(0).get("lastNote").asString()).isEqualTo("Үй ашылды — 120 орын");
            assertThat(table.get("byAddressee")).isEqualTo(json(
                    "{\"REGIONAL_AKIMAT\":{\"DONE\":1},\"MINISTRY\":{\"IN_PROGRESS\":1}}"));
            JsonNode ministry = json(get("/api/series/" + SERIES + "/recommendations?addresseeKind=MINISTRY", null).body());
            assertThat(ministry.get("rows")).hasSize(1);
            assertThat(json(get("/api/series/" + SERIES + "/recommendations?status=DONE", null).body()).get("rows")
                    .get(0).get("text").get("kk").asString()).isEqualTo("Жастар үйін Талдықорғанда ашу");
            assertProblem(get("/api/series/" + SERIES + "/recommendations?status=FINISHED", null), 400);
            assertProblem(get("/api/series/no-such-series/recommendations", null), 404);
            JsonNode open = json(get("/api/forums/" + forums.forum(2) + "/resolution/earlier-open", null).body());
            assertThat(open.get("rows")).hasSize(1);
            assertThat(open.get("rows").get(0).get("addressee").get("kk").asString()).isEqualTo("Ағарту министрлігі");
            assertProblem(get("/api/forums/no-such-forum/resolution/earlier-open", null), 404);
            assertProblem(get("/api/forums/no-such-forum/resolution", null), 404);

            // The live stream shows the new events field by field, Kazakh letters and dashes as written.
            await().atMost(Duration.ofSeconds(30)).until(() -> streamed.stream()
                    .anyMatch(l -> l.contains("RecommendationProgressReported") && l.contains("120 орын")));
            assertThat(streamed).anySatisfy(l -> assertThat(l).contains("ResolutionKindChosen")
                    .contains("documentKind=APPEAL title=«Форум үндеуі / Обращение форума / Appeal of the forum»"));
            assertThat(streamed).anySatisfy(l -> assertThat(l).contains("RecommendationVoted")
                    .contains("vote={present=40 inFavour=33 against=2 abstained=5} carried=true"));
            assertThat(streamed).anySatisfy(l -> assertThat(l).contains("RecommendationWithdrawn")
                    .contains("mergedInto=rec-1"));
            assertThat(streamed).anySatisfy(l -> assertThat(l).contains("ResolutionAdopted")
                    .contains("text=«Жастар үйін Талдықорғанда ашу / "));
        } finally {
            watcher.cancel(true);
        }
    }

    private void forumOne(SpecificRecord... events) throws Exception {
        for (SpecificRecord event : events) {
            TopicLog.send("relay.resolution", forums.forum(1), event);
        }
    }

    /** The texts of the runs of one kind, joined. */
    private static String runs(JsonNode runs, String change) {
        StringBuilder joined = new StringBuilder();
        runs.forEach(run -> {
            if (run.get("change").asString().equals(change)) {
                joined.append(run.get("text").asString());
            }
        });
        return joined.toString();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    private HttpResponse<String> get(String path, @Nullable String token) throws Exception {
        return new ConsoleHttp(port).get(path, token);
    }
}
