package kz.civicrelay.forumctl.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import kz.civicrelay.forumctl.system.Reachability;

/** The services' public REST APIs, as an outside client calls them. */
public final class RelayApi {

    /** A response: status and JSON body (or null). */
    public record Reply(int status, JsonNode body, String raw) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String actor;

    /** {@code actor} goes in the {@code X-Actor} header; blank sends none, so the service names the actor. */
    public RelayApi(String actor) {
        this.actor = actor;
    }

    public Reply get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    public Reply post(String url, Object body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8)));
    }

    /** POSTs and insists on the expected status, naming the call and the problem otherwise. */
    public Reply expect(int status, String url, Object body) {
        Reply reply = post(url, body);
        if (reply.status() != status) {
            throw new IllegalStateException("POST " + url + " answered " + reply.status() + " (expected " + status
                    + "): " + reply.raw());
        }
        return reply;
    }

    /** Polls {@code url} until the reply satisfies {@code condition}. */
    public Reply await(String url, Predicate<Reply> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Reply last = null;
        while (Instant.now().isBefore(deadline)) {
            last = get(url);
            if (condition.test(last)) {
                return last;
            }
            sleep(100);
        }
        throw new IllegalStateException("Timed out waiting on " + url + "; last reply: "
                + (last == null ? "none" : last.status() + " " + last.raw()));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            if (!actor.isBlank()) {
                // Percent-encoded UTF-8: headers carry no Kazakh letters as such; the services decode it.
                request.header("X-Actor", URLEncoder.encode(actor, StandardCharsets.UTF_8).replace("+", "%20"));
            }
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String raw = response.body();
            JsonNode body = raw == null || raw.isBlank() || !raw.strip().startsWith("{") && !raw.strip().startsWith("[")
                    ? MissingNode.getInstance() : json.readTree(raw);
            return new Reply(response.statusCode(), body, raw);
        } catch (IOException e) {
            throw Reachability.unreachable(request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
