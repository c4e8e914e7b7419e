package kz.civicrelay.console;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for {@code forumctl up}'s status endpoint: {@code GET /status} answers {@link #STATUS} (the
 * JSON the supervisor serves), on a free port of its own; it can be told to answer late, or otherwise.
 */
public final class FakeSupervisor implements AutoCloseable {

    /** Two processes as forumctl up reports them: one never restarted (its nulls), one killed and back. */
    public static final String STATUS = """
            {"supervisorPid":12283,"startedAt":"2026-12-01T23:24:57.224731275Z","bootstrapServers":"localhost:9092",\
            "dataDir":"/abs/data/kafka","processes":[\
            {"name":"scheduling","port":8081,"pid":12518,"state":"ready","uptimeSeconds":79,"restarts":0,\
            "lastExitCode":null,"lastExitAt":null,"consumerLag":{"scheduling-reactions":0},"role":null},\
            {"name":"handoff","port":8084,"pid":13483,"state":"ready","uptimeSeconds":13,"restarts":1,\
            "lastExitCode":137,"lastExitAt":"2026-12-01T23:25:12Z","consumerLag":{"handoff-reactions":0},"role":"active"},\
            {"name":"registration","port":8082,"pid":null,"state":"down","uptimeSeconds":null,"restarts":5,\
            "lastExitCode":1,"lastExitAt":"2026-12-01T23:25:40Z","consumerLag":{},"role":null}]}""";

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fake-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Duration delay = Duration.ZERO;
    private volatile int statusCode = 200;
    private volatile String body = STATUS;

    private FakeSupervisor() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(handlers);
        server.createContext("/status", exchange -> {
            try (exchange) {
                Thread.sleep(delay.toMillis());
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(statusCode, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (InterruptedException closing) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    public static FakeSupervisor start() {
        return new FakeSupervisor();
    }

    /** Where the console should ask, e.g. {@code http://localhost:41234/status}. */
    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/status";
    }

    /** From now on each answer comes only after {@code delay}. */
    public void answerAfter(Duration delay) {
        this.delay = delay;
    }

    /** From now on answers {@code statusCode} with {@code body}. */
    public void answer(int statusCode, String body) {
        this.statusCode = statusCode;
        this.body = body;
    }

    /** Stops answering: nothing listens on its port any more. */
    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
