package kz.civicrelay.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.forumctl.system.RelayService;
import kz.civicrelay.platform.broker.KraftBroker;

/**
 * {@code forumctl up} run as a user runs it, its own JVM ({@code java -jar forumctl-exec.jar up}) on free
 * ports, with its output in a file. Read through the status it serves, as {@code forumctl status} reads it.
 */
public final class ForumctlUp implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final Path dataDir;
    final Path output;
    final int brokerPort = KraftBroker.freePort();
    final int statusPort = KraftBroker.freePort();
    final List<Integer> servicePorts = new ArrayList<>();
    private final Process process;

    private ForumctlUp(Path dataDir, Path output, List<String> extraArgs) {
        this.dataDir = dataDir;
        this.output = output;
        Path home = Path.of(System.getProperty("relay.home", ".."));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Dfile.encoding=UTF-8", "-jar",
                home.resolve("forumctl/target/forumctl-exec.jar").toString(), "up", "--home", home.toString(),
                "--data", dataDir.resolve("kafka").toString(), "--logs", dataDir.resolve("logs").toString(),
                "--port", String.valueOf(brokerPort), "--controller-port", String.valueOf(KraftBroker.freePort()),
                "--status-port", String.valueOf(statusPort)));
        for (RelayService service : RelayService.values()) {
            int port = KraftBroker.freePort();
            servicePorts.add(port);
            command.addAll(List.of("--service-port", service.serviceName() + "=" + port));
        }
        command.addAll(extraArgs);
        try {
            Files.createDirectories(dataDir);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ForumctlUp start(Path dataDir, String name, String... extraArgs) {
        return new ForumctlUp(dataDir, dataDir.resolve(name + ".out"), List.of(extraArgs));
    }

    public String bootstrapServers() {
        return "localhost:" + brokerPort;
    }

    public Process process() {
        return process;
    }

    public String printed() {
        try {
            return Files.isRegularFile(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status {@code up} serves, if it answers. */
    Optional<JsonNode> status() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + statusPort + "/status")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200 ? Optional.of(JSON.readTree(response.body())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The status entry of one service. */
    public Optional<JsonNode> process(RelayService service) {
        return status().flatMap(s -> {
            for (JsonNode p : s.path("processes")) {
                if (service.serviceName().equals(p.path("name").asText())) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        });
    }

    public boolean allReady() {
        return status().map(s -> {
            boolean ready = s.path("processes").size() == RelayService.values().length;
            for (JsonNode p : s.path("processes")) {
                ready &= "ready".equals(p.path("state").asText());
            }
            return ready;
        }).orElse(false);
    }

    public String serviceUrl(RelayService service) {
        return "http://localhost:" + servicePorts.get(service.ordinal());
    }

    /** SIGKILL of up itself. */
    void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(10));
    }

    boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Ctrl-C (SIGTERM): up stops its services and the broker. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            if (!waitFor(Duration.ofSeconds(60))) {
                kill();
            }
        }
    }
}
