package kz.civicrelay.forumctl.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.forumctl.StandInService;
import kz.civicrelay.forumctl.StandInService.Call;
import kz.civicrelay.forumctl.auth.Session;

/**
 * {@code forumctl resolution} show, revisions, diff, kind, merge, reorder, vote and adopt against a stand-in for the
 * resolution service (the JDK's HTTP server), signed in as an operator from a stored session: what goes over the wire
 * and what a person reads, Kazakh text intact.
 */
class ResolutionCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORUM = "civic-2027-02-kz-75";
    private static final String BASE = "/api/forums/" + FORUM + "/resolution";

    /** A recommendation as the API shows it. */
    static final String RECOMMENDATION = """
            {"recommendationId":"r-1","addresseeKind":"REGIONAL_AKIMAT","addresseeRegion":"KZ-75",
             "addressee":{"kk":"Облыс әкімдігі","ru":"Акимат области","en":"The regional akimat"},
             "text":{"kk":"Әлеуметтік жобаларды бес жыл бойы қаржыландыру","ru":"Финансировать социальные проекты пять лет",
                     "en":"Fund social projects for five years"},
             "revision":2,"status":"ACTIVE","mergedInto":null,
             "vote":{"present":120,"inFavour":110,"against":4,"abstained":6},"inText":true,"followUp":"IN_PROGRESS"}""";

    /** An adopted resolution: the recommendation above, and one merged into it. */
    static final String ADOPTED = """
            {"resolutionId":"res-1","forumId":"civic-2027-02-kz-75","documentKind":"APPEAL","status":"ADOPTED",
             "title":{"kk":"Алматы азаматтық форумының үндеуі","ru":"Обращение гражданского форума Алматы",
                      "en":"Appeal of the Almaty civil forum"},
             "adoptedAt":"2027-05-06T10:30:00Z","contentHash":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "vote":{"present":120,"inFavour":112,"against":3,"abstained":5},
             "recommendations":[%s,
              {"recommendationId":"r-2","addresseeKind":"REGIONAL_AKIMAT","addresseeRegion":"KZ-75",
               "addressee":{"kk":"Облыс әкімдігі","ru":"Акимат области","en":"The regional akimat"},
               "text":{"kk":"Қаржыландыруды ұзарту","ru":"Продлить финансирование","en":"Extend funding"},
               "revision":1,"status":"MERGED","mergedInto":"r-1","vote":null,"inText":false,"followUp":null}]}"""
            .formatted(RECOMMENDATION);

    @RegisterExtension
    final StandInService standIn = new StandInService();
    private String url;
    private String token;

    @BeforeEach
    void signInAsAnOperator(@TempDir Path home) throws IOException {
        token = standIn.signIn(home, Map.of("sub", "operator", "name", "Форум хатшылығы", "relay_roles",
                List.of("operator")));
        url = standIn.url();
    }

    @Test
    void showsTheAdoptedResolutionWithItsVoteHashAndRecommendationsInEachLanguageOrOne() {
        standIn.answer(200, ADOPTED);

        assertThat(standIn.run("resolution", "show", FORUM, "--resolution", url)).as(standIn.err()).isZero();
        assertThat(standIn.run("resolution", "show", FORUM, "--resolution", url, "--lang", "kk")).isZero();

        Call call = standIn.calls().get(0);
        assertThat(call.method() + " " + call.path()).isEqualTo("GET " + BASE);
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
        assertThat(standIn.out())
                .contains(FORUM + ": Үндеу / Обращение / Appeal, adopted 2027-05-06 15:30 (Asia/Almaty)")
                .contains("vote on the whole text: 120 present: 112 for, 3 against, 5 abstained")
                .contains("content hash (SHA-256): 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                .contains("2 recommendation(s)")
                .contains("r-1  revision 2  active  vote: 120 present: 110 for, 4 against, 6 abstained  follow-up: "
                        + "in progress")
                .contains("to Облыс әкімдігі / Акимат области / The regional akimat (REGIONAL_AKIMAT, KZ-75)")
                .contains("    kk: Әлеуметтік жобаларды бес жыл бойы қаржыландыру")
                .contains("    en: Fund social projects for five years")
                .contains("r-2  revision 1  merged into r-1")
                .contains(FORUM + ": Үндеу, adopted").contains("title: Алматы азаматтық форумының үндеуі\n")
                .contains("follow-up: орындалуда").contains("\n    Әлеуметтік жобаларды бес жыл бойы қаржыландыру\n");
    }

    @Test
    void listsRevisionsAndShowsADiffBetweenTwoOfThemWordByWord() {
        standIn.answer("/revisions", 200, """
                [{"revision":1,"text":{"kk":"Үш жыл","ru":"Три года","en":"Three years"},"by":"Әлия Нұрланқызы",
                  "byId":"editor-kz-75","at":"2027-05-05T05:00:00Z"},
                 {"revision":2,"text":{"kk":"Бес жыл","ru":"Пять лет","en":"Five years"},"by":"Ержан Қасымұлы",
                  "byId":"editor-kz-75b","at":"2027-05-05T06:40:00Z"}]""");
        standIn.answer("/diff", 200, """
                {"from":{"revision":1,"text":{},"by":"Әлия Нұрланқызы","byId":"e","at":"2027-05-05T05:00:00Z"},
                 "to":{"revision":2,"text":{},"by":"Ержан Қасымұлы","byId":"f","at":"2027-05-05T06:40:00Z"},
                 "changes":{"en":[{"change":"REMOVED","text":"Three"},{"change":"ADDED","text":"Five"},
                                  {"change":"KEPT","text":" years"}],
                            "kk":[{"change":"REMOVED","text":"Үш"},{"change":"ADDED","text":"Бес"},
                                  {"change":"KEPT","text":" жыл"}],
                            "ru":[{"change":"REMOVED","text":"Три года"},{"change":"ADDED","text":"Пять лет"}]}}""");

        assertThat(standIn.run("resolution", "revisions", FORUM, "r-1", "--resolution", url)).as(standIn.err()).isZero();
        assertThat(standIn.run("resolution", "diff", FORUM, "r-1", "--from", "1", "--to", "2", "--resolution", url,
                "--no-color")).as(standIn.err()).isZero();
        assertThat(standIn.run("resolution", "diff", FORUM, "r-1", "--lang", "kk", "--resolution", url, "--no-color"))
                .isZero();

        assertThat(standIn.calls()).extracting(c -> c.method() + " " + c.path() + " " + c.query()).containsExactly(
                "GET " + BASE + "/recommendations/r-1/revisions null",
                "GET " + BASE + "/recommendations/r-1/diff from=1&to=2",
                "GET " + BASE + "/recommendations/r-1/diff null");
        assertThat(standIn.out())
                .contains("revision 1  2027-05-05 10:00 (Asia/Almaty)  by Әлия Нұрланқызы\n    kk: Үш жыл\n")
                .contains("revision 2  2027-05-05 11:40 (Asia/Almaty)  by Ержан Қасымұлы").contains("2 revision(s) of r-1")
                .contains("r-1: revision 1  2027-05-05 10:00 (Asia/Almaty)  by Әлия Нұрланқызы  →  revision 2")
                .contains("  kk: [-Үш-]{+Бес+} жыл\n  ru: [-Три года-]{+Пять лет+}\n  en: [-Three-]{+Five+} years\n")
                .doesNotContain("\u001B[");
        assertThat(standIn.out().split("\n  kk: ", -1)).as("the second diff in Kazakh only").hasSize(3);
    }

    @Test
    void readingRevisionsNeedsASignInAndSendsNothingWithout() {
        Session.stored().forget();

        assertThat(standIn.run("resolution", "diff", FORUM, "r-1", "--resolution", url)).isEqualTo(2);

        assertThat(standIn.err()).contains(Session.NOT_SIGNED_IN);
        assertThat(standIn.calls()).isEmpty();
    }

    @Test
    void choosesTheKindMergesWithTheMergedTextAndReorders() throws IOException {
        standIn.answer(200, ADOPTED.replace("\"ADOPTED\"", "\"DRAFT\""));
        standIn.answer("/merge", 200, RECOMMENDATION);

        assertThat(standIn.run("resolution", "kind", FORUM, "appeal", "--resolution", url)).as(standIn.err()).isZero();
        assertThat(standIn.run("resolution", "merge", FORUM, "r-1", "r-2", "--resolution", url, "--text-kk",
                "Бес жыл бойы қаржыландыру", "--text-ru", "Финансировать пять лет", "--text-en", "Fund for five years"))
                .as(standIn.err()).isZero();
        assertThat(standIn.run("resolution", "merge", FORUM, "r-1", "r-3", "--resolution", url)).isZero();
        assertThat(standIn.run("resolution", "reorder", FORUM, "r-1", "r-4", "--resolution", url)).isZero();

        List<Call> calls = standIn.calls();
        assertThat(calls).extracting(c -> c.method() + " " + c.path()).containsExactly("PUT " + BASE + "/kind",
                "POST " + BASE + "/recommendations/r-1/merge", "POST " + BASE + "/recommendations/r-1/merge",
                "PUT " + BASE + "/order");
        assertThat(calls).extracting(Call::authorization).containsOnly("Bearer " + token);
        assertThat(JSON.readTree(calls.get(0).body())).isEqualTo(JSON.readTree("{\"documentKind\":\"APPEAL\"}"));
        assertThat(JSON.readTree(calls.get(1).body())).isEqualTo(JSON.readTree("{\"duplicate\":\"r-2\",\"text\":"
                + "{\"kk\":\"Бес жыл бойы қаржыландыру\",\"ru\":\"Финансировать пять лет\",\"en\":\"Fund for five years\"}}"));
        assertThat(JSON.readTree(calls.get(2).body())).isEqualTo(JSON.readTree("{\"duplicate\":\"r-3\"}"));
        assertThat(JSON.readTree(calls.get(3).body())).isEqualTo(JSON.readTree("{\"recommendationIds\":[\"r-1\",\"r-4\"]}"));
        assertThat(standIn.out()).contains(FORUM + " adopts: Үндеу / Обращение / Appeal")
                .contains("Merged r-2 into r-1  revision 2").contains("Merged r-3 into r-1")
                .contains("  1. r-1  to Облыс әкімдігі / Акимат области / The regional akimat (REGIONAL_AKIMAT)")
                .doesNotContain("2. r-2");
    }

    @Test
    void aMergedTextNeedsAllThreeLanguagesAndAKindMustBeKnownOrNothingIsSent() {
        assertThat(standIn.run("resolution", "merge", FORUM, "r-1", "r-2", "--resolution", url, "--text-kk", "Мәтін"))
                .isEqualTo(2);
        assertThat(standIn.run("resolution", "kind", FORUM, "DECREE", "--resolution", url)).isEqualTo(2);

        assertThat(standIn.err()).contains("--text-ru").contains("RESOLUTION, APPEAL");
        assertThat(standIn.calls()).isEmpty();
    }

    @Test
    void recordsAVoteAndAdoptsWithTheVoteOnTheWholeTextOrWithout() throws IOException {
        standIn.answer(200, ADOPTED);
        standIn.answer("/vote", 200, RECOMMENDATION);

        assertThat(standIn.run("resolution", "vote", FORUM, "r-1", "--present", "120", "--for", "110", "--against", "4",
                "--abstained", "6", "--resolution", url)).as(standIn.err()).isZero();
        assertThat(standIn.run("resolution", "adopt", FORUM, "--present", "120", "--for", "112", "--against", "3",
                "--abstained", "5", "--resolution", url)).as(standIn.err()).isZero();
        assertThat(standIn.run("resolution", "adopt", FORUM, "--resolution", url)).isZero();

        List<Call> calls = standIn.calls();
        assertThat(calls).extracting(c -> c.method() + " " + c.path()).containsExactly(
                "POST " + BASE + "/recommendations/r-1/vote", "POST " + BASE + "/adopt", "POST " + BASE + "/adopt");
        assertThat(JSON.readTree(calls.get(0).body())).isEqualTo(JSON.readTree(
                "{\"present\":120,\"inFavour\":110,\"against\":4,\"abstained\":6}"));
        assertThat(JSON.readTree(calls.get(1).body())).isEqualTo(JSON.readTree(
                "{\"present\":120,\"inFavour\":112,\"against\":3,\"abstained\":5}"));
        assertThat(calls.get(2).body()).as("no vote: no body").isEmpty();
        assertThat(standIn.out()).contains("Vote recorded: r-1  revision 2  active  vote: 120 present: 110 for")
                .contains("adopted 2027-05-06 15:30").contains("content hash (SHA-256): 9f86d081");
    }

    @Test
    void aVoteNeedsAllFourCountsAndNothingIsSentWithoutThem() {
        assertThat(standIn.run("resolution", "vote", FORUM, "r-1", "--present", "120", "--for", "110",
                "--resolution", url)).isEqualTo(2);
        assertThat(standIn.run("resolution", "adopt", FORUM, "--present", "120", "--resolution", url)).isEqualTo(2);

        assertThat(standIn.err()).contains("--against").contains("--abstained");
        assertThat(standIn.calls()).isEmpty();
    }

    @Test
    void printsTheServicesRefusalPlainlyWithANonZeroExit() {
        standIn.answer(400, "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"The votes do not add up: for 100 "
                + "+ against 4 + abstained 6 = 110, but 120 were present and voting\"}");

        assertThat(standIn.run("resolution", "vote", FORUM, "r-1", "--present", "120", "--for", "100", "--against", "4",
                "--abstained", "6", "--resolution", url)).isEqualTo(1);

        assertThat(standIn.err().strip()).isEqualTo("Refused (400 Bad Request): The votes do not add up: for 100 + "
                + "against 4 + abstained 6 = 110, but 120 were present and voting");
        assertThat(standIn.out()).isEmpty();
    }
}
