package kz.civicrelay.delivery.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/** A webhook receiver on the JDK's HTTP server: records each request and answers what it is told. */
public final class Receiver implements AutoCloseable {

    /** One request received: its headers and body bytes. */
    public record Request(Headers headers, byte[] body) {

        public String header(String name) {
            return headers.getFirst(name);
        }

        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile IntSupplier status = () -> 204;
    private volatile boolean hanging;

    private Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(new Request(exchange.getRequestHeaders(), body));
            if (hanging) {
                try {
                    released.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(status.getAsInt(), -1);
            exchange.close();
        });
        server.start();
    }

    public static Receiver start() throws IOException {
        return new Receiver();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Answers {@code status} from now on. */
    public Receiver answering(int status) {
        this.status = () -> status;
        return this;
    }

    /** Answers what {@code statuses} gives, request by request. */
    public Receiver answering(IntSupplier statuses) {
        this.status = statuses;
        return this;
    }

    /** Holds every answer until closed. */
    public Receiver hanging() {
        this.hanging = true;
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
