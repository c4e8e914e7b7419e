package kz.civicrelay.forumctl;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a service forumctl talks to (the JDK's HTTP server), for the command tests: it records each request,
 * answers what the test says ({@code application/json}, or {@code application/problem+json} from status 400 up; by
 * default 200 with {@code []}), and runs {@code forumctl} with what it prints kept. Registered as an instance field
 * with {@code @RegisterExtension}, it serves from before each test until after it, and then forgets the session.
 */
public final class StandInService implements BeforeEachCallback, AfterEachCallback {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the stand-in received it; a missing query or Authorization reads {@code "null"}. */
    public record Call(String method, String path, String query, String authorization, String body) {
    }

    private record Answer(int status, String body) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> answersByPathEnding = new ConcurrentHashMap<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private volatile Answer answer = new Answer(200, "[]");
    private HttpServer server;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.stop(0);
        System.clearProperty("forumctl.home");
    }

    /**
     * Signs in from a session stored in {@code home}, which becomes {@code forumctl.home}: an unsigned token with
     * these claims, valid for half an hour. Returns the token, as forumctl should send it after {@code Bearer}.
     */
    public String signIn(Path home, Map<String, Object> claims) throws IOException {
        Map<String, Object> expiring = new HashMap<>(claims);
        expiring.put("exp", Instant.now().plusSeconds(1800).getEpochSecond());
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String token = base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(JSON.writeValueAsBytes(expiring)) + "." + base64.encodeToString(new byte[] {1});
        Files.writeString(home.resolve("session.json"), JSON.writeValueAsString(Map.of("issuer", "http://localhost:1",
                "access_token", token, "expires_at", Instant.now().plusSeconds(1800).toString())));
        System.setProperty("forumctl.home", home.toString());
        return token;
    }

    /** Where the stand-in listens, for forumctl's {@code --scheduling}, {@code --delivery} and the like. */
    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Answers every request from now on with this status and body (an empty body sends none). */
    public void answer(int status, String body) {
        answer = new Answer(status, body);
    }

    /** Answers a request whose path ends with {@code pathEnding} with this status and body instead. */
    public void answer(String pathEnding, int status, String body) {
        answersByPathEnding.put(pathEnding, new Answer(status, body));
    }

    /** Every request so far, in the order received. */
    public List<Call> calls() {
        return calls;
    }

    /** Runs {@code forumctl} with these arguments and returns its exit code; see {@link #out()}, {@link #err()}. */
    public int run(String... args) {
        return ForumCtl.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    /** All that the runs so far printed to standard output. */
    public String out() {
        return out.toString();
    }

    /** All that the runs so far printed to standard error. */
    public String err() {
        return err.toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        calls.add(new Call(exchange.getRequestMethod(), path, String.valueOf(exchange.getRequestURI().getQuery()),
                String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        Answer chosen = answersByPathEnding.entrySet().stream().filter(e -> path.endsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(answer);
        byte[] bytes = chosen.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type",
                chosen.status() >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(chosen.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
