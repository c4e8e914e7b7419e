package kz.civicrelay.forumctl.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/**
 * {@code forumctl resolution} export, progress and open-before, and {@code forumctl followup}, against a stand-in for
 * the resolution service (the JDK's HTTP server), signed in as KZ-75's regional team from a stored session: what goes
 * over the wire and what a person reads, Kazakh text intact.
 */
class FollowUpCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORUM = "civic-2027-02-kz-75";
    private static final String BASE = "/api/forums/" + FORUM + "/resolution";

    /** A follow-up table as the API shows it: two rows, counted by addressee and status. */
    private static final String TABLE = """
            {"rows":[{"forumId":"civic-2027-01-kz-33","position":1,"regionCode":"KZ-33","recommendationId":"r-7",
                      "addresseeKind":"REGIONAL_AKIMAT","addressee":{"kk":"Облыс әкімдігі","ru":"Акимат области",
                      "en":"The regional akimat"},"addresseeRegion":"KZ-33","text":{"kk":"Жастар орталығын ашу",
                      "ru":"Открыть молодёжный центр","en":"Open a youth centre"},"status":"IN_PROGRESS",
                      "lastReportedOn":"2027-06-01","lastNote":"Ғимарат таңдалды"},
                     {"forumId":"civic-2027-02-kz-75","position":2,"regionCode":"KZ-75","recommendationId":"r-1",
                      "addresseeKind":"PUBLIC_COUNCILS","addressee":{"kk":"Қоғамдық кеңестер","ru":"Общественные советы",
                      "en":"Public councils"},"addresseeRegion":null,"text":{"kk":"Отырыстарды онлайн көрсету",
                      "ru":"Транслировать заседания","en":"Stream the meetings"},"status":"NOT_STARTED",
                      "lastReportedOn":null,"lastNote":null}],
             "byAddressee":{"REGIONAL_AKIMAT":{"IN_PROGRESS":1},"PUBLIC_COUNCILS":{"NOT_STARTED":1}}}""";

    @RegisterExtension
    final StandInService standIn = new StandInService();
    private String url;
    private String token;

    @BeforeEach
    void signInAsARegionalTeam(@TempDir Path home) throws IOException {
        token = standIn.signIn(home, Map.of("sub", "team-kz-75", "name", "Алматы командасы", "relay_roles",
                List.of("regional-team"), "relay_region", "KZ-75"));
        url = standIn.url();
    }

    @Test
    void exportsMarkdownAndPdfAsTheBytesServed(@TempDir Path dir) throws IOException {
        String markdown = "# Алматы азаматтық форумының үндеуі\n\nContent hash: 9f86d081…\n";
        String pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj … Қарар …\n%%EOF\n";
        standIn.answer("/markdown", 200, markdown);
        standIn.answer("/pdf", 200, pdf);
        Path file = dir.resolve("resolution.pdf");

        assertThat(standIn.run("resolution", "export", FORUM, "--format", "md", "--resolution", url)).as(standIn.err())
                .isZero();
        assertThat(standIn.run("resolution", "export", FORUM, "--format", "pdf", "--lang", "ru", "-o", file.toString(),
                "--resolution", url)).as(standIn.err()).isZero();
        assertThat(standIn.run("resolution", "export", FORUM, "--format", "md", "--lang", "kk", "-o",
                dir.resolve("kk.md").toString(), "--resolution", url)).isZero();

        assertThat(standIn.calls()).extracting(c -> c.method() + " " + c.path() + " " + c.query()).containsExactly(
                "GET " + BASE + "/markdown null", "GET " + BASE + "/pdf lang=ru", "GET " + BASE + "/markdown lang=kk");
        assertThat(standIn.out()).startsWith(markdown).contains("Wrote " + file + " (pdf, "
                + pdf.getBytes(StandardCharsets.UTF_8).length + " bytes)");
        assertThat(Files.readAllBytes(file)).isEqualTo(pdf.getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(dir.resolve("kk.md"), StandardCharsets.UTF_8)).isEqualTo(markdown);
        assertThat(standIn.run("resolution", "export", FORUM, "--resolution", url)).as("a format is needed").isEqualTo(2);
    }

    @Test
    void reportsTheFollowUpWithADayAndANoteAndListsTheReports() throws IOException {
        standIn.answer(200, """
                [{"status":"NOT_STARTED","reportedOn":"2027-05-20","note":null,"by":"Форум хатшылығы",
                  "at":"2027-05-20T04:00:00Z"},
                 {"status":"IN_PROGRESS","reportedOn":"2027-06-01","note":"Ғимарат таңдалды","by":"Алматы командасы",
                  "at":"2027-06-01T07:15:00Z"}]""");

        assertThat(standIn.run("resolution", "progress", FORUM, "r-1", "--status", "in_progress", "--on", "2027-06-01",
                "--note", "Ғимарат таңдалды", "--resolution", url)).as(standIn.err()).isZero();
        assertThat(standIn.run("resolution", "progress", FORUM, "r-1", "--lang", "kk", "--resolution", url)).isZero();

        List<Call> calls = standIn.calls();
        assertThat(calls).extracting(c -> c.method() + " " + c.path()).containsExactly(
                "POST " + BASE + "/recommendations/r-1/progress", "GET " + BASE + "/recommendations/r-1/progress");
        assertThat(calls.get(0).authorization()).isEqualTo("Bearer " + token);
        assertThat(JSON.readTree(calls.get(0).body())).isEqualTo(JSON.readTree(
                "{\"status\":\"IN_PROGRESS\",\"reportedOn\":\"2027-06-01\",\"note\":\"Ғимарат таңдалды\"}"));
        assertThat(standIn.out())
                .containsPattern("2027-05-20\\s+not started\\s+Форум хатшылығы\\s+2027-05-20 09:00 \\(Asia/Almaty\\)\\s+—")
                .containsPattern("2027-06-01\\s+in progress\\s+Алматы командасы\\s+2027-06-01 12:15 \\(Asia/Almaty\\)\\s+"
                        + "Ғимарат таңдалды")
                .containsPattern("2027-06-01\\s+орындалуда\\s+Алматы командасы").contains("2 report(s) on r-1 of " + FORUM);
    }

    @Test
    void aNoteOrDayWithoutAStatusIsAUsageErrorAndAnUnknownStatusToo() {
        assertThat(standIn.run("resolution", "progress", FORUM, "r-1", "--note", "x", "--resolution", url)).isEqualTo(2);
        assertThat(standIn.run("resolution", "progress", FORUM, "r-1", "--status", "FINISHED", "--resolution", url))
                .isEqualTo(2);

        assertThat(standIn.err()).contains("--on and --note go with --status").contains("NOT_STARTED, IN_PROGRESS");
        assertThat(standIn.calls()).isEmpty();
    }

    @Test
    void showsTheSeriesWideTableCountedByAddresseeAndStatusThenTheRows() {
        standIn.answer(200, TABLE);

        assertThat(standIn.run("followup", "civic-2027", "--addressee", "regional_akimat", "--status", "IN_PROGRESS",
                "--resolution", url)).as(standIn.err()).isZero();
        assertThat(standIn.run("followup", "civic-2027", "--lang", "kk", "--resolution", url)).isZero();

        assertThat(standIn.calls()).extracting(c -> c.method() + " " + c.path() + " " + c.query()).containsExactly(
                "GET /api/series/civic-2027/recommendations addresseeKind=REGIONAL_AKIMAT&status=IN_PROGRESS",
                "GET /api/series/civic-2027/recommendations null");
        assertThat(standIn.out())
                .containsPattern("ADDRESSEE\\s+NOT STARTED\\s+IN PROGRESS\\s+DONE\\s+DECLINED\\s+TOTAL")
                .containsPattern("REGIONAL_AKIMAT\\s+0\\s+1\\s+0\\s+0\\s+1")
                .containsPattern("PUBLIC_COUNCILS\\s+1\\s+0\\s+0\\s+0\\s+1")
                .containsPattern("1\\s+civic-2027-01-kz-33\\s+r-7\\s+REGIONAL_AKIMAT KZ-33\\s+in progress\\s+"
                        + "2027-06-01 «Ғимарат таңдалды»\\s+Облыс әкімдігі / Акимат области / The regional akimat: "
                        + "Жастар орталығын ашу / Открыть молодёжный центр / Open a youth centre")
                .containsPattern("2\\s+civic-2027-02-kz-75\\s+r-1\\s+PUBLIC_COUNCILS\\s+not started\\s+—")
                .containsPattern("ADDRESSEE\\s+БАСТАЛҒАН ЖОҚ\\s+ОРЫНДАЛУДА\\s+ОРЫНДАЛДЫ\\s+ҚАБЫЛДАНБАДЫ\\s+TOTAL")
                .containsPattern("орындалуда\\s+2027-06-01 «Ғимарат таңдалды»\\s+Облыс әкімдігі: Жастар орталығын ашу\n")
                .contains("2 recommendation(s)");
    }

    @Test
    void listsWhatEarlierForumsLeftOpenAndSaysWhenTheForumIsUnknown() {
        standIn.answer(200, TABLE);
        assertThat(standIn.run("resolution", "open-before", FORUM, "--resolution", url)).as(standIn.err()).isZero();
        standIn.answer(404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Forum civic-2027-99 is not planned\"}");
        assertThat(standIn.run("resolution", "open-before", "civic-2027-99", "--resolution", url)).isEqualTo(1);

        assertThat(standIn.calls()).extracting(c -> c.method() + " " + c.path()).containsExactly(
                "GET " + BASE + "/earlier-open", "GET /api/forums/civic-2027-99/resolution/earlier-open");
        assertThat(standIn.out()).contains("r-7").contains("Жастар орталығын ашу").contains("2 recommendation(s)");
        assertThat(standIn.err()).contains("Refused (404 Not Found): Forum civic-2027-99 is not planned");
    }
}
