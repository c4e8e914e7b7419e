package kz.civicrelay.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/** The console's API over HTTP as a script calls it: as whoever a bearer token says, or as the public. */
final class ConsoleHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ConsoleHttp(int port) {
        this.port = port;
    }

    /** GET {@code path} as whoever {@code token} says; null: the public. */
    HttpResponse<String> get(String path, @Nullable String token) throws IOException, InterruptedException {
        return http.send(getting(path, token), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** GET {@code path} as {@link #get}, the body's bytes as they came (a file). */
    HttpResponse<byte[]> getBytes(String path, @Nullable String token) throws IOException, InterruptedException {
        return http.send(getting(path, token), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest getting(String path, @Nullable String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /** POST {@code json} to {@code path} as whoever {@code token} says; null: the public. */
    HttpResponse<String> post(String path, String json, @Nullable String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Opens the live stream as {@code token}'s holder and adds each line it sends to {@code lines}, for a minute at most. */
    CompletableFuture<Void> watchStream(List<String> lines, String token) throws Exception {
        return watchStream("/api/stream", lines, token);
    }

    /** Opens the live stream at {@code path} (with its filters), as {@link #watchStream(List, String)}. */
    CompletableFuture<Void> watchStream(String path, List<String> lines, String token) throws Exception {
        HttpResponse<InputStream> response = http.sendAsync(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofInputStream()).get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("text/event-stream"));
        return CompletableFuture.runAsync(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // the test is over
            }
        }).orTimeout(60, TimeUnit.SECONDS);
    }
}
