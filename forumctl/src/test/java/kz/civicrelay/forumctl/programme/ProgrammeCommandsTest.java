package kz.civicrelay.forumctl.programme;

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
 * {@code forumctl programme}, {@code plan edit} and {@code calendar} against a stand-in for scheduling (the JDK's
 * HTTP server), signed in as an operator from a stored session: what goes over the wire and what a person reads,
 * Kazakh text intact.
 */
class ProgrammeCommandsTest {

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

    private static final String PROGRAMME = """
            {"seriesId":"civic-2027","forumId":"civic-2027-02-kz-75","timeZone":"Asia/Almaty","editable":true,
             "sessions":[{"sessionId":"s1","kind":"PLENARY","topic":{"kk":"Пленарлық отырыс","ru":"Пленарное заседание",
               "en":"Plenary session"},"start":"2027-05-05T10:00:00","end":"2027-05-05T12:00:00"},
              {"sessionId":"s2","kind":"DIALOGUE_PLATFORM","topic":{"kk":"Бизнес және ҮЕҰ","ru":"Бизнес и НПО",
               "en":"Business and NGOs"},"start":"2027-05-05T14:00:00","end":"2027-05-05T16:00:00","room":"Кіші зал",
               "moderator":"Әлия Нұрланқызы","capacity":40}]}""";

    @Test
    void showsAForumsProgrammeAsATableToAnyone() {
        standIn.answer(200, PROGRAMME);

        int exit = standIn.run("programme", "civic-2027-02-kz-75", "--scheduling", url, "--lang", "kk");

        assertThat(exit).as(standIn.err()).isZero();
        assertThat(standIn.calls().get(0).method() + " " + standIn.calls().get(0).path())
                .isEqualTo("GET /api/forums/civic-2027-02-kz-75/programme");
        assertThat(standIn.calls().get(0).authorization()).isEqualTo("null");
        assertThat(standIn.out()).contains("Programme of civic-2027-02-kz-75 (times in Asia/Almaty; may still change)")
                .containsPattern("s1\\s+plenary\\s+2027-05-05 10:00:00\\s+2027-05-05 12:00:00\\s+—\\s+—\\s+forum\\s+"
                        + "Пленарлық отырыс")
                .containsPattern("s2\\s+dialogue platform.*Кіші зал\\s+Әлия Нұрланқызы\\s+40\\s+Бизнес және ҮЕҰ");
    }

    @Test
    void setsTheProgrammeFromAFileAsTheSignedInOperator(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("programme.json");
        Files.writeString(file, "[{\"kind\":\"PLENARY\",\"topic\":{\"kk\":\"Пленарлық отырыс\",\"ru\":\"Пленарное\","
                + "\"en\":\"Plenary\"},\"start\":\"2027-05-05T10:00\",\"end\":\"2027-05-05T12:00\"}]",
                StandardCharsets.UTF_8);
        standIn.answer(200, PROGRAMME);

        int exit = standIn.run("programme", "--scheduling", url, "set", "civic-2027-02-kz-75", file.toString());

        assertThat(exit).as(standIn.err()).isZero();
        Call call = standIn.calls().get(0);
        assertThat(call.method() + " " + call.path()).isEqualTo("PUT /api/forums/civic-2027-02-kz-75/programme");
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
        assertThat(JSON.readTree(call.body()).path("sessions").get(0).path("topic").path("kk").asText())
                .isEqualTo("Пленарлық отырыс");
        assertThat(standIn.out()).contains("s2");
    }

    @Test
    void editsAPlanWithOptionsAndAFileAndShowsARefusal(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("edit.json");
        Files.writeString(file, "{\"venue\":{\"kk\":\"Жастар орталығы\",\"ru\":\"Молодёжный центр\",\"en\":\"Youth "
                + "centre\"}}", StandardCharsets.UTF_8);
        standIn.answer(200, "{\"forumId\":\"civic-2027-02-kz-75\",\"startDate\":\"2027-05-05\","
                + "\"endDate\":\"2027-05-06\",\"capacity\":150,\"delegationQuota\":12,"
                + "\"venue\":{\"kk\":\"Жастар орталығы\",\"ru\":\"Молодёжный центр\",\"en\":\"Youth centre\"}}");

        int exit = standIn.run("plan", "edit", "civic-2027-02-kz-75", "--scheduling", url, "--file", file.toString(),
                "--delegation-quota", "12", "--capacity", "150");

        assertThat(exit).as(standIn.err()).isZero();
        Call call = standIn.calls().get(0);
        assertThat(call.method() + " " + call.path()).isEqualTo("PATCH /api/forums/civic-2027-02-kz-75");
        assertThat(JSON.readTree(call.body())).isEqualTo(JSON.readTree("{\"venue\":{\"kk\":\"Жастар орталығы\","
                + "\"ru\":\"Молодёжный центр\",\"en\":\"Youth centre\"},\"capacity\":150,\"delegationQuota\":12}"));
        assertThat(standIn.out()).contains("150 seats, delegation quota 12, venue Жастар орталығы");

        standIn.answer(409, "{\"title\":\"Not allowed in the current state\",\"status\":409,"
                + "\"detail\":\"Cannot edit the plan of forum civic-2027-01-kz-33: it is PREPARATION_OPEN\"}");
        assertThat(standIn.run("plan", "edit", "civic-2027-01-kz-33", "--scheduling", url, "--capacity", "10"))
                .isEqualTo(1);
        assertThat(standIn.err()).contains("409").contains("PREPARATION_OPEN");
    }

    @Test
    void removesADelegationQuotaAndRefusesToSetAndRemoveItAtOnce() throws IOException {
        standIn.answer(200, "{\"forumId\":\"civic-2027-02-kz-75\",\"capacity\":150,\"delegationQuota\":null,"
                + "\"venue\":{\"kk\":\"Жастар орталығы\",\"ru\":\"Молодёжный центр\",\"en\":\"Youth centre\"}}");

        assertThat(standIn.run("plan", "edit", "civic-2027-02-kz-75", "--scheduling", url, "--no-delegation-quota"))
                .as(standIn.err()).isZero();
        assertThat(JSON.readTree(standIn.calls().get(0).body()))
                .isEqualTo(JSON.readTree("{\"withoutDelegationQuota\":true}"));
        assertThat(standIn.out()).contains("delegation quota none");

        assertThat(standIn.run("plan", "edit", "civic-2027-02-kz-75", "--scheduling", url, "--no-delegation-quota",
                "--delegation-quota", "4")).isEqualTo(2);
        assertThat(standIn.err()).contains("exclude each other");
        assertThat(standIn.calls()).hasSize(1);
    }

    @Test
    void writesACalendarFeedOrItsUrl(@TempDir Path dir) throws IOException {
        standIn.answer(200, "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Азаматтық форумдар\r\nEND:VCALENDAR\r\n");
        Path file = dir.resolve("series.ics");

        assertThat(standIn.run("calendar", "civic-2027", "--scheduling", url, "--out", file.toString()))
                .as(standIn.err()).isZero();
        assertThat(standIn.run("calendar", "--forum", "civic-2027-02-kz-75", "--scheduling", url)).isZero();
        assertThat(standIn.run("calendar", "civic-2027", "--scheduling", url, "--url")).isZero();

        assertThat(standIn.calls()).extracting(c -> c.method() + " " + c.path()).containsExactly(
                "GET /api/series/civic-2027/calendar.ics", "GET /api/forums/civic-2027-02-kz-75/programme.ics");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Азаматтық форумдар");
        assertThat(standIn.out()).contains("X-WR-CALNAME:Азаматтық форумдар")
                .contains(url + "/api/series/civic-2027/calendar.ics");
        assertThat(standIn.run("calendar", "--scheduling", url)).isEqualTo(2);
    }
}
