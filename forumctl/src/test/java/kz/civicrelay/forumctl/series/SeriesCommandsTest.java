package kz.civicrelay.forumctl.series;

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

/**
 * {@code forumctl series} against a stand-in for scheduling (the JDK's HTTP server), signed in as an operator from
 * a stored session: what goes over the wire and what a person reads, Kazakh text intact.
 */
class SeriesCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
    void listsEverySeriesWithItsStatusAsATable() {
        standIn.answer(200, """
                [{"seriesId":"civic-2027","title":{"kk":"Азаматтық форумдар","ru":"Гражданские форумы","en":"Civic forums"},
                  "status":"CLOSED_EARLY","reason":{"kk":"Су тасқыны","ru":"Паводок","en":"Flood"},"forums":20,
                  "forumsCompleted":3,"batonHolderForumId":"civic-2027-04-kz-71"},
                 {"seriesId":"civic-2028","title":{"kk":"Форумдар","ru":"Форумы","en":"Forums"},"status":"RUNNING",
                  "forums":20,"forumsCompleted":0,"batonHolderForumId":"civic-2028-01-kz-33"}]""");

        int exit = standIn.run("series", "--scheduling", url);

        assertThat(exit).as(standIn.err()).isZero();
        Call call = standIn.calls().get(0);
        assertThat(call.method() + " " + call.path()).isEqualTo("GET /api/series");
        assertThat(standIn.out()).contains("SERIES").contains("STATUS")
                .containsPattern("civic-2027\\s+closed early\\s+3/20\\s+civic-2027-04-kz-71\\s+Азаматтық форумдар / "
                        + "Гражданские форумы / Civic forums\\s+Су тасқыны / Паводок / Flood")
                .containsPattern("civic-2028\\s+running\\s+0/20").contains("2 series");
    }

    @Test
    void closesASeriesWithTheReasonInEachLanguageAsTheSignedInOperator() throws IOException {
        standIn.answer(200, "{\"seriesId\":\"civic-2027\",\"status\":\"CLOSED_EARLY\","
                + "\"reason\":{\"kk\":\"Су тасқыны\",\"ru\":\"Паводок\",\"en\":\"Flood\"}}");

        int exit = standIn.run("series", "--scheduling", url, "close", "civic-2027", "--reason", "Flood",
                "--reason-kk", "Су тасқыны", "--reason-ru", "Паводок");

        assertThat(exit).as(standIn.err()).isZero();
        Call call = standIn.calls().get(0);
        assertThat(call.method() + " " + call.path()).isEqualTo("POST /api/series/civic-2027/close");
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
        assertThat(JSON.readTree(call.body())).isEqualTo(JSON.readTree(
                "{\"reason\":{\"kk\":\"Су тасқыны\",\"ru\":\"Паводок\",\"en\":\"Flood\"}}"));
        assertThat(standIn.out()).contains("Series civic-2027: closed early — Су тасқыны / Паводок / Flood");
    }

    @Test
    void suspendsWithoutAReasonAndResumes() throws IOException {
        standIn.answer(200, "{\"seriesId\":\"civic-2027\",\"status\":\"SUSPENDED\"}");

        assertThat(standIn.run("series", "--scheduling", url, "suspend", "civic-2027")).as(standIn.err()).isZero();
        standIn.answer(200, "{\"seriesId\":\"civic-2027\",\"status\":\"RUNNING\"}");
        assertThat(standIn.run("series", "--scheduling", url, "resume", "civic-2027")).as(standIn.err()).isZero();

        assertThat(standIn.calls()).extracting(c -> c.method() + " " + c.path()).containsExactly(
                "POST /api/series/civic-2027/suspend", "POST /api/series/civic-2027/resume");
        assertThat(JSON.readTree(standIn.calls().get(0).body())).isEqualTo(JSON.readTree("{}"));
        assertThat(standIn.out()).contains("Series civic-2027: suspended").contains("Series civic-2027: running");
    }

    @Test
    void refusesToCloseWithoutAReasonOrWithAReasonMissingALanguageAndSendsNothing() {
        assertThat(standIn.run("series", "--scheduling", url, "close", "civic-2027")).isEqualTo(2);
        assertThat(standIn.err()).contains("close needs a reason");
        assertThat(standIn.run("series", "--scheduling", url, "close", "civic-2027", "--reason-kk", "Себеп"))
                .isEqualTo(2);
        assertThat(standIn.err()).contains("Give the reason in every language");
        assertThat(standIn.run("series", "--scheduling", url, "resume", "civic-2027", "--reason", "x")).isEqualTo(2);
        assertThat(standIn.err()).contains("resume takes no reason");
        assertThat(standIn.calls()).isEmpty();
    }

    @Test
    void showsARefusalAsThePersonReadsIt() {
        standIn.answer(409, "{\"title\":\"Not allowed in the current state\",\"status\":409,"
                + "\"detail\":\"Series civic-2027 is closed early and cannot be suspended\"}");

        assertThat(standIn.run("series", "--scheduling", url, "suspend", "civic-2027")).isEqualTo(1);

        assertThat(standIn.err()).contains("Refused (409 Not allowed in the current state): Series civic-2027 is "
                + "closed early and cannot be suspended");
    }
}
