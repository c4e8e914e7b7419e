package kz.civicrelay.console;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for registration's reads the console passes on: a forum's delegations, its waitlist and a list to
 * print, each as registration writes it (Kazakh letters, a CSV with its byte-order mark and file name), or 403 for
 * the forum "refused"; every request recorded with the token it carried.
 */
final class FakeRegistration implements AutoCloseable {

    static final String HEAD = "Әсел Құрманғалиева";
    static final String MEMBER = "Дәурен Сейітқали";
    static final String WAITING = "Ерлан Нұрғали";
    /** A CSV as registration writes it: a byte-order mark, then UTF-8 with Kazakh letters. */
    static final byte[] CSV = bytes("\uFEFFАты-жөні;Ұйымы\r\n" + HEAD + ";Үкіметтік емес ұйым\r\n");

    private final HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();

    private FakeRegistration(HttpServer server) {
        this.server = server;
    }

    static FakeRegistration start() {
        try {
            FakeRegistration registration = new FakeRegistration(HttpServer.create(
                    new InetSocketAddress("localhost", 0), 0));
            registration.server.createContext("/api/forums/", registration::answer);
            registration.server.start();
            return registration;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Each request: method, path with its query, and the Authorization header. */
    List<String> received() {
        return received;
    }

    static String delegations(String forumId) {
        return "[{\"delegationId\":\"" + forumId + "/KZ-75\",\"forumId\":\"" + forumId + "\",\"regionCode\":\"KZ-75\","
                + "\"region\":{\"kk\":\"Алматы қаласы\",\"ru\":\"город Алматы\",\"en\":\"Almaty city\"},\"quota\":5,"
                + "\"seats\":2,\"head\":{\"participantId\":\"p-1\",\"fullName\":\"" + HEAD + "\"},"
                + "\"members\":[{\"participantId\":\"p-2\",\"fullName\":\"" + MEMBER + "\"}]}]";
    }

    static String waitlist() {
        return "[{\"participantId\":\"p-7\",\"fullName\":\"" + WAITING + "\",\"organisation\":\"Жастар одағы\","
                + "\"regionOfOrigin\":\"KZ-75\",\"region\":{\"kk\":\"Алматы қаласы\",\"ru\":\"город Алматы\","
                + "\"en\":\"Almaty city\"},\"status\":\"WAITLISTED\",\"waitlistPosition\":1,"
                + "\"registeredAt\":\"2027-03-10T09:05:00Z\"}]";
    }

    private void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String path = exchange.getRequestURI().getPath();
        received.add(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query) + " "
                + exchange.getRequestHeaders().getFirst("Authorization"));
        String forumId = path.split("/")[3];
        int status = 200;
        byte[] body;
        if (forumId.equals("refused")) {
            status = 403;
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            body = bytes("{\"status\":403,\"detail\":\"A team of KZ-75 may not see the delegations of refused\"}");
        } else if (path.endsWith("/delegations")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            body = bytes(delegations(forumId));
        } else if (path.endsWith("/participants")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            body = bytes(waitlist());
        } else {
            exchange.getResponseHeaders().add("Content-Type", "text/csv;charset=UTF-8");
            exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"" + forumId
                    + "-participants-ru.csv\"");
            body = CSV;
        }
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
