package kz.civicrelay.forumctl.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import kz.civicrelay.forumctl.system.Reachability;

/** The services' public REST APIs, as an outside client calls them. */
public final class RelayApi {

    /** A response: status and JSON body (or null). */
    public record Reply(int status, JsonNode body, String raw, @Nullable String activeInstance) {

        public Reply(int status, JsonNode body, String raw) {
            this(status, body, raw, null);
        }
    }

    /** A response whose body is kept as the bytes served (a PDF, a Markdown file), with the reply read from them. */
    public record Download(Reply reply, byte[] bytes) {
    }

    /** How long a call follows a takeover: a standby's 503s and an instance that stopped answering. */
    private static final Duration FAILOVER = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Supplier<Optional<String>> bearer;
    private final Map<String, String> peers;
    /** How long a refused connection to a service without a peer is tried again; zero: not at all. */
    private final Duration restart;

    /**
     * A client acting as whoever {@code bearer}'s access token names (decision 0015), asked for a token before
     * each call so a session renews it; none: the public.
     */
    public RelayApi(Supplier<Optional<String>> bearer) {
        this(bearer, Map.of());
    }

    /** A client without a token: the public. */
    public static RelayApi anonymous() {
        return new RelayApi(Optional::empty);
    }

    /**
     * A client of services that may run as two instances (decision 0014): {@code peers} maps each instance's
     * base URL ({@code http://host:port}) to the other's. A write that meets a standby (503) is sent again to
     * the active instance it names, after its {@code Retry-After}; a call that finds nothing answering tries
     * the peer, for up to a minute.
     */
    public RelayApi(Supplier<Optional<String>> bearer, Map<String, String> peers) {
        this(bearer, peers, Duration.ZERO);
    }

    private RelayApi(Supplier<Optional<String>> bearer, Map<String, String> peers, Duration restart) {
        this.bearer = bearer;
        this.peers = Map.copyOf(peers);
        this.restart = restart;
    }

    /**
     * This client, but one that waits up to {@code restart} for a service without a peer that refuses connections
     * (a single instance being restarted by {@code forumctl up}), trying it again every half second. Only a refused
     * connection is tried again: the request never reached the service, so nothing is done twice.
     */
    public RelayApi waitingForRestarts(Duration restart) {
        return new RelayApi(bearer, peers, restart);
    }

    public Reply get(String url) {
        return failingOver(url, target -> HttpRequest.newBuilder(URI.create(target)).GET());
    }

    /** A POST without a body (where the body is optional and none is meant). */
    public Reply post(String url) {
        return failingOver(url, target -> HttpRequest.newBuilder(URI.create(target))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /**
     * A GET whose body is kept byte for byte, to be written as served. It goes to {@code url} only: a read is
     * answered by either instance, so there is no takeover to follow.
     */
    public Download download(String url) {
        HttpResponse<byte[]> response = exchange(HttpRequest.newBuilder(URI.create(url)).GET());
        return new Download(reply(response), response.body());
    }

    public Reply post(String url, Object body) {
        String json = write(body);
        return failingOver(url, target -> HttpRequest.newBuilder(URI.create(target))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Any method with a JSON body, e.g. {@code PUT} or {@code PATCH}. */
    public Reply send(String method, String url, Object body) {
        String json = write(body);
        return failingOver(url, target -> HttpRequest.newBuilder(URI.create(target))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply delete(String url) {
        return failingOver(url, target -> HttpRequest.newBuilder(URI.create(target)).DELETE());
    }

    private Reply failingOver(String url, java.util.function.Function<String, HttpRequest.Builder> request) {
        Instant deadline = Instant.now().plus(FAILOVER);
        Instant restarted = Instant.now().plus(restart);
        String target = url;
        while (true) {
            Reply reply;
            try {
                reply = send(request.apply(target));
            } catch (IllegalStateException unreachable) {
                String peer = peers.get(base(target));
                if (peer == null && refused(unreachable) && Instant.now().isBefore(restarted)) {
                    sleep(500);
                    continue;
                }
                if (peer == null || Instant.now().isAfter(deadline)) {
                    throw unreachable;
                }
                target = peer + target.substring(base(target).length());
                sleep(500);
                continue;
            }
            if (reply.status() != 503 || reply.activeInstance() == null && !peers.containsKey(base(target))
                    || Instant.now().isAfter(deadline)) {
                return reply;
            }
            String active = reply.activeInstance() == null ? null : activeUrl(reply.activeInstance());
            sleep(1000); // Retry-After: 1
            if (active != null && !active.equals(base(target))) {
                target = active + target.substring(base(target).length());
            }
        }
    }

    /** Whether the call failed because nothing accepted the connection: the request was never sent. */
    private static boolean refused(IllegalStateException unreachable) {
        return unreachable.getCause() instanceof java.net.ConnectException;
    }

    /** {@code http://host:port} of a URL. */
    static String base(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    /** The URL part of {@code <instance id> <url>}; null if it names none. */
    static @Nullable String activeUrl(String activeInstance) {
        int space = activeInstance.indexOf(' ');
        return space < 0 ? null : base(activeInstance.substring(space + 1).strip());
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
        return reply(exchange(request));
    }

    private HttpResponse<byte[]> exchange(HttpRequest.Builder request) {
        try {
            bearer.get().ifPresent(token -> request.header("Authorization", "Bearer " + token));
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw Reachability.unreachable(request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The status, the body as UTF-8 text and, when it is JSON, read as such. */
    private Reply reply(HttpResponse<byte[]> response) {
        String raw = new String(response.body(), StandardCharsets.UTF_8);
        JsonNode body;
        try {
            body = raw.isBlank() || !raw.strip().startsWith("{") && !raw.strip().startsWith("[")
                    ? MissingNode.getInstance() : json.readTree(raw);
        } catch (IOException e) {
            throw Reachability.unreachable(response.uri(), e);
        }
        return new Reply(response.statusCode(), body, raw,
                response.headers().firstValue("Relay-Active-Instance").orElse(null));
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
