package kz.civicrelay.console.system;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks {@code forumctl up}'s supervisor for its status, once per call, and never waits longer than
 * {@code relay.console.supervisor-timeout} (connecting and answering together). The console also runs
 * without the supervisor (docker-compose, a bare {@code java -jar}): then the answer says unreachable,
 * and why, rather than failing.
 */
@Component
class Supervisor {

    private static final Logger log = LoggerFactory.getLogger(Supervisor.class);

    private final URI url;
    private final Duration timeout;
    private final JsonMapper json;
    private final HttpClient http;

    Supervisor(@Value("${relay.console.supervisor-url:http://localhost:8090/status}") URI url,
            @Value("${relay.console.supervisor-timeout:2s}") Duration timeout, JsonMapper json) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("relay.console.supervisor-timeout must be positive, was " + timeout);
        }
        this.url = url;
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    ProcessesView processes() {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "application/json").GET()
                .build();
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200) {
                return unreachable("it answered HTTP " + response.statusCode());
            }
            SupervisorStatus status = json.readValue(response.body(), SupervisorStatus.class);
            if (status == null || status.processes() == null) {
                return unreachable("its answer lists no processes");
            }
            return ProcessesView.running(url.toString(), status);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return unreachable(noAnswer());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConnectException) {
                return unreachable("connection refused (is forumctl up running?)");
            }
            if (cause instanceof HttpTimeoutException) {
                return unreachable(noAnswer());
            }
            return unreachable(String.valueOf(cause));
        } catch (JacksonException e) {
            return unreachable("its answer is not forumctl's status JSON: " + e.getOriginalMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreachable("the console was interrupted while asking");
        }
    }

    private String noAnswer() {
        return "no answer within " + timeout.toMillis() + " ms";
    }

    private ProcessesView unreachable(String reason) {
        log.debug("Supervisor at {} unreachable: {}", url, reason);
        return ProcessesView.unreachable(url.toString(), reason);
    }
}
