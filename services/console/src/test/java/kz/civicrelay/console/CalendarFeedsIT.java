package kz.civicrelay.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;

/**
 * The calendar feeds on the console's address, passed on from scheduling (here a stand-in serving a calendar with
 * Kazakh text): public, the bytes and the media type as scheduling gave them, its 404 as it was.
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarFeedsIT {

    private static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
            + "X-WR-CALNAME:Жетісу азаматтық форумы\r\nEND:VCALENDAR\r\n";
    private static final HttpServer SCHEDULING = scheduling();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void schedulingUrl(DynamicPropertyRegistry registry) {
        registry.add("relay.console.scheduling-url", () -> "http://localhost:" + SCHEDULING.getAddress().getPort());
    }

    @AfterAll
    static void stopScheduling() {
        SCHEDULING.stop(0);
    }

    @Test
    void passesTheFeedsOnAsSchedulingWroteThemToAnyone() throws Exception {
        HttpResponse<byte[]> series = get("/api/series/civic-2031/calendar.ics");
        HttpResponse<byte[]> programme = get("/api/forums/civic-2031-01-kz-33/programme.ics");
        HttpResponse<byte[]> unknown = get("/api/forums/no-such-forum/programme.ics");

        assertThat(series.statusCode()).isEqualTo(200);
        assertThat(series.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(new String(series.body(), StandardCharsets.UTF_8)).isEqualTo(ICS.replace("X-WR", "X-SERIES-WR"));
        assertThat(new String(programme.body(), StandardCharsets.UTF_8)).isEqualTo(ICS);
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpServer scheduling() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String body = path.equals("/api/series/civic-2031/calendar.ics") ? ICS.replace("X-WR", "X-SERIES-WR")
                        : path.equals("/api/forums/civic-2031-01-kz-33/programme.ics") ? ICS : null;
                byte[] bytes = (body == null ? "{\"status\":404}" : body).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", body == null ? "application/problem+json"
                        : "text/calendar;charset=UTF-8");
                exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
