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

import kz.civicrelay.events.HandoffNotificationIssued;
import kz.civicrelay.events.NotificationKind;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;
import kz.civicrelay.platform.testing.TopicLog;

/**
 * A regional team's inbox in the console, read from the log, and the acknowledgement passed on to handoff (here a
 * stand-in that records what reached it) with the team's own token, past a standby instance's 503: handoff's answer
 * comes back as it was, a problem included, and a team cannot read another region's inbox.
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboxIT {

    private static final String ALMATY_TEAM = TestIssuer.team("KZ-75");
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static final HttpServer HANDOFF = handoff();
    private static final List<String> AT_STANDBY = new CopyOnWriteArrayList<>();
    /** A standby instance of handoff, listed first: it answers every write with 503. */
    private static final HttpServer STANDBY = standby();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void handoffUrl(DynamicPropertyRegistry registry) {
        registry.add("relay.console.handoff-url", () -> "http://localhost:" + STANDBY.getAddress().getPort()
                + ",http://localhost:" + HANDOFF.getAddress().getPort());
    }

    @AfterAll
    static void stopHandoff() {
        HANDOFF.stop(0);
        STANDBY.stop(0);
    }

    @Test
    void shouldShowATeamItsNotificationsAndPassItsAcknowledgementOnAsTheTeam() throws Exception {
        SampleEvents events = new SampleEvents("console-inbox");
        HandoffNotificationIssued almaty = events.notified(1, "KZ-75", NotificationKind.BATON_RECEIVED);
        HandoffNotificationIssued jetisu = events.notified(1, "KZ-33", NotificationKind.BATON_PASSED);
        TopicLog.send("relay.notifications", "KZ-75", almaty);
        TopicLog.send("relay.notifications", "KZ-33", jetisu);
        ConsoleHttp http = new ConsoleHttp(port);

        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/inbox", TestIssuer.operator()).body()
                .contains(jetisu.getNotificationId()));
        String inbox = http.get("/api/inbox", ALMATY_TEAM).body();
        assertThat(inbox).contains(almaty.getNotificationId(), "Эстафета келді", "\"acknowledgementRequired\":true")
                .doesNotContain(jetisu.getNotificationId());
        assertThat(http.get("/api/inbox?region=KZ-33", ALMATY_TEAM).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/inbox?region=KZ-99", TestIssuer.operator()).statusCode()).isEqualTo(400);

        HttpResponse<String> acknowledged = http.post("/api/notifications/" + almaty.getNotificationId() + "/acknowledge",
                "{\"comment\":\"Қабылдадық, рақмет\"}", ALMATY_TEAM);

        assertThat(acknowledged.statusCode()).isEqualTo(200);
        assertThat(acknowledged.body()).isEqualTo("{\"acknowledged\":true}");
        assertThat(AT_STANDBY).as("the standby was asked first and passed it on by its 503").hasSize(1);
        assertThat(RECEIVED).containsExactly("POST /api/notifications/" + almaty.getNotificationId()
                + "/acknowledge Bearer " + ALMATY_TEAM + " {\"comment\":\"Қабылдадық, рақмет\"}");

        HttpResponse<String> refused = http.post("/api/notifications/already/acknowledge", "{}", ALMATY_TEAM);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("already acknowledged");
    }

    private static HttpServer standby() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/api/notifications/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                if (!exchange.getRequestURI().getPath().contains("/already/")) {
                    AT_STANDBY.add(exchange.getRequestURI().getPath());
                }
                byte[] answer = "{\"status\":503,\"detail\":\"This instance is a standby\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(503, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stand-in for handoff: 409 for the notification "already", 200 for any other; records each request. */
    private static HttpServer handoff() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/api/notifications/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String path = exchange.getRequestURI().getPath();
                boolean already = path.contains("/already/");
                if (!already) {
                    RECEIVED.add(exchange.getRequestMethod() + " " + path + " "
                            + exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
                }
                byte[] answer = (already ? "{\"status\":409,\"detail\":\"Notification already is already acknowledged\"}"
                        : "{\"acknowledged\":true}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", already ? "application/problem+json" : "application/json");
                exchange.sendResponseHeaders(already ? 409 : 200, answer.length);
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
