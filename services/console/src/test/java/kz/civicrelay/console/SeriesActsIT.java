package kz.civicrelay.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

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
import kz.civicrelay.platform.testing.TopicLog;

/**
 * Several series in the console, each with its status read from the log (running, suspended with its reason, closed
 * early with its reason), and an operator's suspend / resume / close passed on to scheduling (here a stand-in that
 * records what reached it) with the operator's own token, scheduling's answer, a problem included, coming back as it was.
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeriesActsIT {

    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
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
    void showsEachSeriesWithItsStatusAndReason() throws Exception {
        SampleEvents running = new SampleEvents("console-acts-running");
        SampleEvents suspended = new SampleEvents("console-acts-suspended");
        SampleEvents closed = new SampleEvents("console-acts-closed");
        for (SampleEvents series : List.of(running, suspended, closed)) {
            TopicLog.send("relay.scheduling", series.forum(1), series.planned());
        }
        TopicLog.send("relay.scheduling", "console-acts-suspended", suspended.suspended());
        TopicLog.send("relay.scheduling", "console-acts-closed", closed.suspended());
        TopicLog.send("relay.scheduling", "console-acts-closed", closed.closedEarly());
        ConsoleHttp http = new ConsoleHttp(port);

        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/series/console-acts-closed", null).body()
                .contains("CLOSED_EARLY"));
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/series/console-acts-suspended", null).body()
                .contains("SUSPENDED"));

        assertThat(http.get("/api/series/console-acts-running", null).body()).contains("\"status\":\"RUNNING\"")
                .doesNotContain("\"reason\"");
        assertThat(http.get("/api/series/console-acts-suspended", null).body()).contains("\"status\":\"SUSPENDED\"")
                .contains("Су тасқыны");
        assertThat(http.get("/api/series/console-acts-closed", null).body()).contains("\"status\":\"CLOSED_EARLY\"")
                .contains("Нет финансирования").doesNotContain("Паводок");
        assertThat(http.get("/api/series", null).body()).contains("console-acts-running", "console-acts-suspended",
                "console-acts-closed");
    }

    @Test
    void passesAnOperatorsActOnAsTheOperatorAndItsRefusalBackAsItCame() throws Exception {
        ConsoleHttp http = new ConsoleHttp(port);
        String operator = TestIssuer.operator();
        String reason = "{\"reason\":{\"kk\":\"Себеп\",\"ru\":\"Причина\",\"en\":\"Reason\"}}";

        HttpResponse<String> closed = http.post("/api/series/civic-2027/close", reason, operator);
        HttpResponse<String> refused = http.post("/api/series/done/suspend", "{}", TestIssuer.operator());

        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(closed.body()).isEqualTo("{\"seriesId\":\"civic-2027\",\"status\":\"CLOSED_EARLY\"}");
        assertThat(RECEIVED).containsExactly("POST /api/series/civic-2027/close Bearer " + operator + " "
                + reason);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("closed early and cannot be suspended");
        assertThat(http.post("/api/series/civic-2027/resume", "{}", TestIssuer.auditor()).statusCode())
                .as("operators only").isEqualTo(403);
    }

    /** A stand-in for scheduling: 409 for the series "done", 200 for any other; records each accepted request. */
    private static HttpServer scheduling() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/api/series/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String path = exchange.getRequestURI().getPath();
                boolean done = path.contains("/done/");
                if (!done) {
                    RECEIVED.add(exchange.getRequestMethod() + " " + path + " "
                            + exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
                }
                byte[] answer = (done ? "{\"status\":409,\"detail\":\"Series done is closed early and cannot be suspended\"}"
                        : "{\"seriesId\":\"civic-2027\",\"status\":\"CLOSED_EARLY\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", done ? "application/problem+json" : "application/json");
                exchange.sendResponseHeaders(done ? 409 : 200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
