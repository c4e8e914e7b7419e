package kz.civicrelay.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.forumctl.system.RelayService;

/**
 * Takeovers on {@code forumctl up --cluster}: which instance of a service is active (its readiness names
 * its role), and how long after a SIGKILL of the active one its other instance decides.
 */
public final class Takeovers {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ForumctlUp up;

    public Takeovers(ForumctlUp up) {
        this.up = up;
    }

    /** A takeover: the instance killed, the one that decided next, and the time between. */
    public record Takeover(String killed, String decided, long millis) {
    }

    /**
     * SIGKILLs the active instance of a service and measures until an instance of it decides again: its
     * readiness says active, so it has fenced the killed one's transactions and caught up with the log.
     */
    public Takeover killActive(RelayService service) {
        char active = activeInstance(service);
        char other = active == 'a' ? 'b' : 'a';
        String killed = up.instanceName(service, active);
        up.kill(killed);
        long started = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> isActive(service, other) || isActive(service, active));
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Takeover(killed, up.instanceName(service, isActive(service, other) ? other : active), millis);
    }

    /** Waits until both instances of the service answer again, one active and one standing by. */
    public void awaitBothBack(RelayService service, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
            Optional<String> a = role(service, 'a');
            Optional<String> b = role(service, 'b');
            return a.isPresent() && b.isPresent() && (a.get().equals("active") && b.get().equals("standby")
                    || a.get().equals("standby") && b.get().equals("active"));
        });
    }

    private char activeInstance(RelayService service) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> isActive(service, 'a') || isActive(service, 'b'));
        return isActive(service, 'a') ? 'a' : 'b';
    }

    private boolean isActive(RelayService service, char instance) {
        return role(service, instance).filter("active"::equals).isPresent();
    }

    /** An instance's role as its readiness states it: active, standby, taking_over, joining; empty if it does not answer. */
    public Optional<String> role(RelayService service, char instance) {
        String url = up.instanceUrl(up.instanceName(service, instance)) + "/actuator/health/readiness";
        try {
            String body = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            return Optional.of(JSON.readTree(body).path("components").path("relayListeners").path("details")
                    .path("role").asText()).filter(role -> !role.isEmpty());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
