package kz.civicrelay.forumctl.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** {@code GET /status} on localhost: the supervisor's {@link SystemStatus} as JSON, for forumctl status and the console. */
public final class StatusServer implements AutoCloseable {

    public static final int DEFAULT_PORT = 8090;

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService threads;

    private StatusServer(HttpServer server, java.util.concurrent.ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    public static StatusServer start(int port, Supplier<SystemStatus> status) {
        ObjectMapper json = new ObjectMapper();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            var threads = Executors.newFixedThreadPool(4, r -> {
                Thread thread = new Thread(r, "forumctl-status");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(threads);
            server.createContext("/status", exchange -> {
                try (exchange) {
                    if (!"GET".equals(exchange.getRequestMethod())) {
                        send(exchange, 405, "application/problem+json",
                                "{\"title\":\"Method Not Allowed\",\"status\":405}".getBytes(StandardCharsets.UTF_8));
                        return;
                    }
                    send(exchange, 200, "application/json", json.writeValueAsBytes(status.get()));
                }
            });
            server.start();
            return new StatusServer(server, threads);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve the status on localhost:" + port, e);
        }
    }

    private static void send(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(code, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
