package kz.civicrelay.forumctl.delivery;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import kz.civicrelay.forumctl.ForumCtl;

/**
 * The delivery commands against a stand-in for the delivery service (the JDK's HTTP server), signed in as a
 * regional team from a stored session: what goes over the wire (method, path, query, body, token) and what a
 * person reads (tables, refusals), Kazakh text intact.
 */
class DeliveryCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEAM_NAME = "Алматы қаласының өңірлік командасы";

    /** One request as the stand-in received it. */
    record Call(String method, String path, String query, String authorization, String body) {
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
    void signInAsTheTeamOfAlmatyAndServe(@TempDir Path home) throws IOException {
        token = jwt(Map.of("sub", "team-kz-75", "name", TEAM_NAME, "relay_roles", List.of("regional-team"),
                "relay_region", "KZ-75", "exp", Instant.now().plusSeconds(1800).getEpochSecond()));
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
    void subscribingAnEmailPostsItForTheSignedInTeamsRegionInTheLanguagesNamed() throws IOException {
        answer(201, "{\"id\":\"sub-1\",\"owner\":\"KZ-75\",\"channel\":\"email\",\"address\":\"almaty@example.kz\","
                + "\"languages\":[\"kk\",\"ru\"]}");

        int exit = run("subscribe", "--email", "almaty@example.kz", "--languages", "kk,ru", "--delivery", url);

        assertThat(exit).as(err.toString()).isZero();
        Call call = calls.get(0);
        assertThat(call.method() + " " + call.path()).isEqualTo("POST /api/subscriptions");
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
        assertThat(JSON.readTree(call.body())).isEqualTo(JSON.readTree(
                "{\"owner\":\"KZ-75\",\"channel\":\"email\",\"address\":\"almaty@example.kz\",\"languages\":[\"kk\",\"ru\"]}"));
        assertThat(out.toString()).contains("Subscribed: sub-1  email  almaty@example.kz  for KZ-75  in kk,ru")
                .doesNotContain("secret");
    }

    @Test
    void subscribingAWebhookForTheSecretariatPrintsItsSigningSecretOnceWithANoteToKeepIt() throws IOException {
        answer(201, "{\"id\":\"sub-2\",\"owner\":\"secretariat\",\"channel\":\"webhook\",\"address\":\"https://hooks.example.kz/relay\","
                + "\"languages\":[\"kk\",\"ru\",\"en\"],\"secret\":\"whsec-Qwerty123\"}");

        int exit = run("subscribe", "--webhook", "https://hooks.example.kz/relay", "--secretariat", "--delivery", url);

        assertThat(exit).as(err.toString()).isZero();
        JsonNode body = JSON.readTree(calls.get(0).body());
        assertThat(body.path("owner").asText()).isEqualTo("secretariat");
        assertThat(body.path("channel").asText()).isEqualTo("webhook");
        assertThat(body.path("languages")).as("all three by default").hasSize(3);
        assertThat(out.toString()).contains("shown this once; keep it", "  whsec-Qwerty123\n");
        assertThat(out.toString().split("whsec-Qwerty123", -1)).as("printed once").hasSize(2);
    }

    @Test
    void anotherRegionIsNamedWithRegion() throws IOException {
        answer(201, "{\"id\":\"sub-3\",\"owner\":\"KZ-19\",\"channel\":\"email\",\"address\":\"a@b.kz\",\"languages\":[\"en\"]}");

        assertThat(run("subscribe", "--email", "a@b.kz", "--region", "KZ-19", "--languages", "en", "--delivery", url)).isZero();

        assertThat(JSON.readTree(calls.get(0).body()).path("owner").asText()).isEqualTo("KZ-19");
    }

    @Test
    void aSubscriptionNeedsExactlyOneChannelKnownLanguagesAndARegionCodeAndNothingIsSentOtherwise() {
        assertThat(run("subscribe", "--delivery", url)).isEqualTo(2);
        assertThat(run("subscribe", "--email", "a@b.kz", "--webhook", "https://x", "--delivery", url)).isEqualTo(2);
        assertThat(run("subscribe", "--email", "a@b.kz", "--languages", "kk,de", "--delivery", url)).isEqualTo(2);
        assertThat(run("subscribe", "--email", "a@b.kz", "--region", "Almaty", "--delivery", url)).isEqualTo(2);
        assertThat(run("subscribe", "--email", "a@b.kz", "--region", "KZ-75", "--secretariat", "--delivery", url)).isEqualTo(2);

        assertThat(calls).isEmpty();
        assertThat(err.toString()).contains("--email", "'de'", "'Almaty'");
    }

    @Test
    void subscriptionsAreATableOfTheTeamsRegion() {
        answer(200, "[{\"id\":\"sub-1\",\"owner\":\"KZ-75\",\"channel\":\"email\",\"address\":\"almaty@example.kz\",\"languages\":[\"kk\",\"ru\"]},"
                + "{\"id\":\"sub-22\",\"owner\":\"KZ-75\",\"channel\":\"webhook\",\"address\":\"https://hooks.example.kz/өңір\",\"languages\":[\"kk\"]}]");

        assertThat(run("subscriptions", "--delivery", url)).isZero();

        assertThat(calls.get(0).path() + "?" + calls.get(0).query()).isEqualTo("/api/subscriptions?owner=KZ-75");
        assertThat(out.toString()).isEqualTo("""
                ID      OWNER  CHANNEL  ADDRESS                        LANGUAGES
                sub-1   KZ-75  email    almaty@example.kz              kk,ru
                sub-22  KZ-75  webhook  https://hooks.example.kz/өңір  kk
                2 subscription(s) for KZ-75
                """);
    }

    @Test
    void unsubscribingDeletesTheSubscription() {
        answer(204, "");

        assertThat(run("unsubscribe", "sub-1", "--delivery", url)).isZero();

        assertThat(calls.get(0).method() + " " + calls.get(0).path()).isEqualTo("DELETE /api/subscriptions/sub-1");
        assertThat(out.toString()).contains("Unsubscribed: sub-1");
    }

    @Test
    void rotatingAWebhooksSecretPrintsTheNewOneOnce() {
        answer(200, "{\"id\":\"sub-2\",\"secret\":\"whsec-New456\"}");

        assertThat(run("rotate-secret", "sub-2", "--delivery", url)).isZero();

        assertThat(calls.get(0).method() + " " + calls.get(0).path()).isEqualTo("POST /api/subscriptions/sub-2/rotate-secret");
        assertThat(out.toString()).contains("  whsec-New456\n");
    }

    @Test
    void deliveriesAreATableOfStateAttemptsLastReasonAndTimeWithKazakhTextIntact() {
        answer(200, "[{\"messageId\":\"n-1\",\"owner\":\"KZ-75\",\"channel\":\"email\",\"state\":\"delivered\",\"attempts\":1,"
                + "\"deliveredAt\":\"2026-12-02T09:00:00Z\"},"
                + "{\"messageId\":\"n-1\",\"owner\":\"KZ-75\",\"channel\":\"webhook\",\"state\":\"retrying\",\"attempts\":3,"
                + "\"lastDetail\":\"503 қызмет қолжетімсіз\",\"nextAttemptAt\":\"2026-12-02T09:04:00Z\"}]");

        assertThat(run("deliveries", "--forum", "forum 7", "--delivery", url)).isZero();

        assertThat(calls.get(0).path() + "?" + calls.get(0).query()).isEqualTo("/api/deliveries?forum=forum 7&region=KZ-75");
        assertThat(out.toString()).isEqualTo("""
                NOTIFICATION  REGION  CHANNEL  STATE      ATTEMPTS  LAST REASON             TIME
                n-1           KZ-75   email    delivered  1         -                       delivered 2026-12-02T09:00:00Z
                n-1           KZ-75   webhook  retrying   3         503 қызмет қолжетімсіз  next 2026-12-02T09:04:00Z
                2 deliver(ies) for KZ-75, forum forum 7
                """);
    }

    @Test
    void aRefusalIsPrintedAsItsProblemsTitleAndDetail() {
        answer(403, "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                + "\"detail\":\"KZ-75 өңірінің командасы KZ-19 жазылымдарын көре алмайды\"}");

        int exit = run("subscriptions", "--region", "KZ-19", "--delivery", url);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("Refused (403 Forbidden): KZ-75 өңірінің командасы KZ-19 жазылымдарын көре алмайды");
    }

    @Test
    void nobodySignedInIsRefusedInOneLine(@TempDir Path empty) {
        System.setProperty("forumctl.home", empty.toString());

        assertThat(run("subscriptions", "--delivery", url)).isEqualTo(2);

        assertThat(err.toString()).contains("not signed in");
        assertThat(calls).isEmpty();
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
        calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                String.valueOf(exchange.getRequestURI().getQuery()), String.valueOf(authorization),
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
