package kz.civicrelay.forumctl.registration;

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

/** {@code forumctl registrations} against a stand-in for registration: seats, the waitlist, the delegations. */
class RegistrationsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORUM = "civic-2027-01-kz-33";

    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final Map<String, String> answers = new java.util.concurrent.ConcurrentHashMap<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private HttpServer server;
    private String url;

    @BeforeEach
    void signInAndServe(@TempDir Path home) throws IOException {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String token = base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(JSON.writeValueAsBytes(Map.of("sub", "team-kz-61", "relay_roles",
                        List.of("regional-team"), "region", "KZ-61",
                        "exp", Instant.now().plusSeconds(1800).getEpochSecond()))) + "." + base64.encodeToString(new byte[] {1});
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
    void printsTheSeatsTheWaitlistInOrderAndTheDelegationsKazakhLettersIntact() {
        answers.put("/registration", """
                {"forumId":"civic-2027-01-kz-33","status":"OPEN","capacity":2,"registered":2,"seatsLeft":0,"waiting":1,
                 "delegationQuota":3}""");
        answers.put("/participants", """
                [{"participantId":"p1","fullName":"Серік Жұмабаев","organisation":"Облыс әкімдігі","category":"STATE_BODY",
                  "regionOfOrigin":"KZ-61","status":"REGISTERED","delegationId":"civic-2027-01-kz-33/KZ-61",
                  "delegationHead":true},
                 {"participantId":"p2","fullName":"Әсел Нұрланқызы","organisation":"Жастар","category":"YOUTH",
                  "regionOfOrigin":"KZ-61","status":"WAITLISTED","waitlistPosition":1,"delegationHead":false}]""");
        answers.put("/delegations", """
                [{"delegationId":"civic-2027-01-kz-33/KZ-61","regionCode":"KZ-61","region":{"kk":"Түркістан облысы"},
                  "seats":1,"head":{"fullName":"Серік Жұмабаев"}}]""");

        int exit = ForumCtl.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("registrations", FORUM, "--registration", url);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(paths).containsExactly("/api/forums/" + FORUM + "/registration",
                "/api/forums/" + FORUM + "/participants", "/api/forums/" + FORUM + "/delegations");
        assertThat(out.toString())
                .contains(FORUM + ": OPEN, 2 of 2 seats taken, 0 left, 1 waiting, each delegation at most 3 seats")
                .containsPattern("REGISTERED\\s+Серік Жұмабаев\\s+Облыс әкімдігі\\s+STATE_BODY\\s+KZ-61\\s+head\\s+p1")
                .containsPattern("WAITLISTED\\s+1\\s+Әсел Нұрланқызы")
                .contains("delegation of KZ-61 (Түркістан облысы): 1 seat(s), head Серік Жұмабаев")
                .contains("2 registration(s) shown");
    }

    @Test
    void showsARefusalAsThePersonReadsIt() {
        answers.put("/registration", "!404{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No forum nowhere is known "
                + "to registration\"}");

        int exit = ForumCtl.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("registrations", "nowhere", "--registration", url);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("No forum nowhere is known to registration");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        paths.add(path);
        String answer = answers.entrySet().stream().filter(e -> path.endsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("[]");
        int status = answer.startsWith("!404") ? 404 : 200;
        byte[] bytes = answer.replace("!404", "").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
