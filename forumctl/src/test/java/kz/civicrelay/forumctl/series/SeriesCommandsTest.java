package kz.civicrelay.forumctl.series;

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
 * {@code forumctl series} against a stand-in for scheduling (the JDK's HTTP server), signed in as an operator from
 * a stored session: what goes over the wire and what a person reads, Kazakh text intact.
 */
class SeriesCommandsTest {

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

    @Test
    void listsEverySeriesWithItsStatusAsATable() {
        answer(200, """
                [{"seriesId":"civic-2027","title":{"kk":"Азаматтық форумдар","ru":"Гражданские форумы","en":"Civic forums"},
                  "status":"CLOSED_EARLY","reason":{"kk":"Су тасқыны","ru":"Паводок","en":"Flood"},"forums":20,
                  "forumsCompleted":3,"batonHolderForumId":"civic-2027-04-kz-71"},
                 {"seriesId":"civic-2028","title":{"kk":"Форумдар","ru":"Форумы","en":"Forums"},"status":"RUNNING",
                  "forums":20,"forumsCompleted":0,"batonHolderForumId":"civic-2028-01-kz-33"}]""");

        int exit = run("series", "--scheduling", url);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(calls.get(0).method() + " " + calls.get(0).path()).isEqualTo("GET /api/series");
        assertThat(out.toString()).contains("SERIES").contains("STATUS")
                .containsPattern("civic-2027\\s+closed early\\s+3/20\\s+civic-2027-04-kz-71\\s+Азаматтық форумдар / "
                        + "Гражданские форумы / Civic forums\\s+Су тасқыны / Паводок / Flood")
                .containsPattern("civic-2028\\s+running\\s+0/20").contains("2 series");
    }

    @Test
    void closesASeriesWithTheReasonInEachLanguageAsTheSignedInOperator() throws IOException {
        answer(200, "{\"seriesId\":\"civic-2027\",\"status\":\"CLOSED_EARLY\",\"reason\":{\"kk\":\"Су тасқыны\","
                + "\"ru\":\"Паводок\",\"en\":\"Flood\"}}");

        int exit = run("series", "--scheduling", url, "close", "civic-2027", "--reason", "Flood", "--reason-kk",
                "Су тасқыны", "--reason-ru", "Паводок");

        assertThat(exit).as(err.toString()).isZero();
        Call call = calls.get(0);
        assertThat(call.method() + " " + call.path()).isEqualTo("POST /api/series/civic-2027/close");
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
        assertThat(JSON.readTree(call.body())).isEqualTo(JSON.readTree(
                "{\"reason\":{\"kk\":\"Су тасқыны\",\"ru\":\"Паводок\",\"en\":\"Flood\"}}"));
        assertThat(out.toString()).contains("Series civic-2027: closed early — Су тасқыны / Паводок / Flood");
    }

    @Test
    void suspendsWithoutAReasonAndResumes() throws IOException {
        answer(200, "{\"seriesId\":\"civic-2027\",\"status\":\"SUSPENDED\"}");

        assertThat(run("series", "--scheduling", url, "suspend", "civic-2027")).as(err.toString()).isZero();
        answer(200, "{\"seriesId\":\"civic-2027\",\"status\":\"RUNNING\"}");
        assertThat(run("series", "--scheduling", url, "resume", "civic-2027")).as(err.toString()).isZero();

        assertThat(calls).extracting(c -> c.method() + " " + c.path()).containsExactly(
                "POST /api/series/civic-2027/suspend", "POST /api/series/civic-2027/resume");
        assertThat(JSON.readTree(calls.get(0).body())).isEqualTo(JSON.readTree("{}"));
        assertThat(out.toString()).contains("Series civic-2027: suspended").contains("Series civic-2027: running");
    }

    @Test
    void refusesToCloseWithoutAReasonOrWithAReasonMissingALanguageAndSendsNothing() {
        assertThat(run("series", "--scheduling", url, "close", "civic-2027")).isEqualTo(2);
        assertThat(err.toString()).contains("close needs a reason");
        assertThat(run("series", "--scheduling", url, "close", "civic-2027", "--reason-kk", "Себеп")).isEqualTo(2);
        assertThat(err.toString()).contains("Give the reason in every language");
        assertThat(run("series", "--scheduling", url, "resume", "civic-2027", "--reason", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("resume takes no reason");
        assertThat(calls).isEmpty();
    }

    @Test
    void showsARefusalAsThePersonReadsIt() {
        answer(409, "{\"title\":\"Not allowed in the current state\",\"status\":409,"
                + "\"detail\":\"Series civic-2027 is closed early and cannot be suspended\"}");

        assertThat(run("series", "--scheduling", url, "suspend", "civic-2027")).isEqualTo(1);

        assertThat(err.toString()).contains("Refused (409 Not allowed in the current state): Series civic-2027 is "
                + "closed early and cannot be suspended");
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
