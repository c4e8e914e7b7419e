package kz.civicrelay.forumctl.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import kz.civicrelay.platform.broker.KraftBroker;

/** forumctl's client follows a takeover: a standby's 503 to the active instance it names, a dead instance to its peer. */
class RelayApiTest {

    private final List<HttpServer> servers = new CopyOnWriteArrayList<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(server -> server.stop(0));
    }

    @Test
    void aWriteRefusedByAStandbyGoesToTheActiveInstanceItNames() throws IOException {
        String active = serve("active", exchange -> answer(exchange, 201, "{\"participantId\":\"p-1\"}", Map.of()));
        String standby = serve("standby", exchange -> answer(exchange, 503, "{\"title\":\"Standby instance\"}",
                Map.of("Retry-After", "1", "Relay-Active-Instance", "registration-a " + active)));

        var tokens = List.of("token-1", "token-2").iterator();
        var reply = new RelayApi(() -> Optional.of(tokens.next())).post(standby + "/api/forums/f-1/participants",
                Map.of("fullName", "Әсел"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(calls).containsExactly("standby POST /api/forums/f-1/participants",
                "active POST /api/forums/f-1/participants");
        assertThat(authorizations).as("the session's current token, asked for on every call")
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void aCallThatFindsNothingAnsweringTriesThePeer() throws IOException {
        String gone = "http://localhost:" + KraftBroker.freePort();
        String peer = serve("peer", exchange -> answer(exchange, 200, "{\"status\":\"CONVENED\"}", Map.of()));

        var reply = new RelayApi(Optional::empty, Map.of(gone, peer)).post(gone + "/api/forums/f-1/convene", Map.of());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("status").asText()).isEqualTo("CONVENED");
    }

    @Test
    void aServiceBeingRestartedIsWaitedForWhenAskedAndOnlyThen() throws Exception {
        int port = KraftBroker.freePort();
        String restarting = "http://localhost:" + port;

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RelayApi.anonymous().post(restarting + "/api/x", Map.of()))
                .as("not waiting: nothing answers, said at once").hasMessageContaining("Nothing answers");
        var call = java.util.concurrent.CompletableFuture.supplyAsync(() -> RelayApi.anonymous()
                .waitingForRestarts(java.time.Duration.ofSeconds(20))
                .post(restarting + "/api/forums/f-1/participants", Map.of("fullName", "Әсел")));
        // While nothing listens, the call keeps trying: it neither fails nor answers
        org.awaitility.Awaitility.await().during(java.time.Duration.ofSeconds(1)).atMost(java.time.Duration.ofSeconds(5))
                .until(() -> !call.isDone());
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/", exchange -> answer(exchange, 201, "{\"participantId\":\"p-2\"}", Map.of()));
        servers.add(server);
        server.start();
        var reply = call.get(20, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().path("participantId").asText()).isEqualTo("p-2");
    }

    @Test
    void withoutAPeerOrAnActiveInstanceA503IsTheAnswer() throws IOException {
        String standby = serve("standby", exchange -> answer(exchange, 503, "{}", Map.of("Retry-After", "1")));

        var reply = RelayApi.anonymous().post(standby + "/api/forums/f-1/convene", Map.of());

        assertThat(reply.status()).isEqualTo(503);
        assertThat(calls).hasSize(1);
        assertThat(authorizations).as("the public sends no token").containsExactly("null");
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private String serve(String name, Handler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            calls.add(name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            handler.handle(exchange);
        });
        server.start();
        servers.add(server);
        return "http://localhost:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status, String body, Map<String, String> headers)
            throws IOException {
        exchange.getRequestBody().readAllBytes();
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
