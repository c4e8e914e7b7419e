package kz.civicrelay.forumctl.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import kz.civicrelay.forumctl.ForumCtl;

/**
 * {@code forumctl programme}, {@code plan edit} and {@code calendar} against a stand-in for scheduling (the JDK's
 * HTTP server), signed in as an operator from a stored session: what goes over the wire and what a person reads,
 * Kazakh text intact.
 */
class ProgrammeCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the stand-in received it. */
    record Call(String method, String path, String authorization, String body) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private HttpServer server;
    private String url;
    private String token;
    private int status = 200;
    private String answer = "[]";

    @BeforeEach
    void signInAsAnOperatorAndServe(@TempDir Path home) throws IOException {
        token = jwt(Map.of("sub", "operator", "name", "Форум хатшылығы", "relay_roles", List.of("operator"),
                "exp", Instant.now().plusSeconds(1800).getEpochSecond()));
        Files.writeString(home.resolve("session.json"), JSON.writeValueAsString(Map.of("issuer", "http://localhost:1",
                "access_token", token, "expires_at", Instant.now().plusSeconds(1800).toString())));
        System.setProperty("forumctl.home", home.toString());
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        url = "http://localhost:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        System.clearProperty("forumctl.home");
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
        answer(200, PROGRAMME);

        int exit = run("programme", "civic-2027-02-kz-75", "--scheduling", url, "--lang", "kk");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(calls.get(0).method() + " " + calls.get(0).path())
                .isEqualTo("GET /api/forums/civic-2027-02-kz-75/programme");
        assertThat(calls.get(0).authorization()).isEqualTo("null");
        assertThat(out.toString()).contains("Programme of civic-2027-02-kz-75 (times in Asia/Almaty; may still change)")
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
        answer(200, PROGRAMME);

        int exit = run("programme", "--scheduling", url, "set", "civic-2027-02-kz-75", file.toString());

        assertThat(exit).as(err.toString()).isZero();
        Call call = calls.get(0);
        assertThat(call.method() + " " + call.path()).isEqualTo("PUT /api/forums/civic-2027-02-kz-75/programme");
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
        assertThat(JSON.readTree(call.body()).path("sessions").get(0).path("topic").path("kk").asText())
                .isEqualTo("Пленарлық отырыс");
        assertThat(out.toString()).contains("s2");
    }

    @Test
    void editsAPlanWithOptionsAndAFileAndShowsARefusal(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("edit.json");
        Files.writeString(file, "{\"venue\":{\"kk\":\"Жастар орталығы\",\"ru\":\"Молодёжный центр\",\"en\":\"Youth "
                + "centre\"}}", StandardCharsets.UTF_8);
        answer(200, "{\"forumId\":\"civic-2027-02-kz-75\",\"startDate\":\"2027-05-05\",\"endDate\":\"2027-05-06\","
                + "\"capacity\":150,\"delegationQuota\":12,\"venue\":{\"kk\":\"Жастар орталығы\",\"ru\":\"Молодёжный "
                + "центр\",\"en\":\"Youth centre\"}}");

        int exit = run("plan", "edit", "civic-2027-02-kz-75", "--scheduling", url, "--file", file.toString(),
                "--delegation-quota", "12", "--capacity", "150");

        assertThat(exit).as(err.toString()).isZero();
        Call call = calls.get(0);
        assertThat(call.method() + " " + call.path()).isEqualTo("PATCH /api/forums/civic-2027-02-kz-75");
        assertThat(JSON.readTree(call.body())).isEqualTo(JSON.readTree("{\"venue\":{\"kk\":\"Жастар орталығы\","
                + "\"ru\":\"Молодёжный центр\",\"en\":\"Youth centre\"},\"capacity\":150,\"delegationQuota\":12}"));
        assertThat(out.toString()).contains("150 seats, delegation quota 12, venue Жастар орталығы");

        answer(409, "{\"title\":\"Not allowed in the current state\",\"status\":409,\"detail\":\"Cannot edit the "
                + "plan of forum civic-2027-01-kz-33: it is PREPARATION_OPEN\"}");
        assertThat(run("plan", "edit", "civic-2027-01-kz-33", "--scheduling", url, "--capacity", "10")).isEqualTo(1);
        assertThat(err.toString()).contains("409").contains("PREPARATION_OPEN");
    }

    @Test
    void writesACalendarFeedOrItsUrl(@TempDir Path dir) throws IOException {
        answer(200, "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Азаматтық форумдар\r\nEND:VCALENDAR\r\n");
        Path file = dir.resolve("series.ics");

        assertThat(run("calendar", "civic-2027", "--scheduling", url, "--out", file.toString())).as(err.toString())
                .isZero();
        assertThat(run("calendar", "--forum", "civic-2027-02-kz-75", "--scheduling", url)).isZero();
        assertThat(run("calendar", "civic-2027", "--scheduling", url, "--url")).isZero();

        assertThat(calls).extracting(c -> c.method() + " " + c.path()).containsExactly(
                "GET /api/series/civic-2027/calendar.ics", "GET /api/forums/civic-2027-02-kz-75/programme.ics");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Азаматтық форумдар");
        assertThat(out.toString()).contains("X-WR-CALNAME:Азаматтық форумдар")
                .contains(url + "/api/series/civic-2027/calendar.ics");
        assertThat(run("calendar", "--scheduling", url)).isEqualTo(2);
    }

    private void answer(int status, String body) {
        this.status = status;
        this.answer = body;
    }

    private int run(String... args) {
        return ForumCtl.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), String.valueOf(authorization),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static String jwt(Map<String, Object> claims) throws IOException {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(JSON.writeValueAsBytes(claims)) + "." + base64.encodeToString(new byte[] {1});
    }
}
