package kz.civicrelay.forumctl.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * One relay service running as its own JVM ({@code java -jar}), with its output in a log file. It can
 * be stopped gently (SIGTERM) or killed at once (SIGKILL), and started again on the same settings.
 */
public final class ServiceProcess implements AutoCloseable {

    private final RelayService service;
    private final Path jar;
    private final int port;
    private final String bootstrapServers;
    private final Path logFile;
    private final List<String> extraArgs;
    private @Nullable Process process;

    public ServiceProcess(RelayService service, Path jar, int port, String bootstrapServers, Path logFile,
            List<String> extraArgs) {
        this.service = service;
        this.jar = jar;
        this.port = port;
        this.bootstrapServers = bootstrapServers;
        this.logFile = logFile;
        this.extraArgs = List.copyOf(extraArgs);
    }

    public RelayService service() {
        return service;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public synchronized ServiceProcess start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No runnable jar for " + service.serviceName() + " at " + jar
                    + ": build first with ./mvnw package -DskipTests");
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-jar", jar.toString(),
                "--server.port=" + port, "--spring.kafka.bootstrap-servers=" + bootstrapServers));
        command.addAll(extraArgs);
        try {
            Files.createDirectories(logFile.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service.serviceName(), e);
        }
        return this;
    }

    /** Waits until the service reports UP on its health endpoint. */
    public ServiceProcess awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(service.serviceName() + " exited with " + process.exitValue()
                        + "; see " + logFile);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException(service.serviceName() + " not healthy after " + timeout + "; see " + logFile);
    }

    /** SIGKILL: the JVM dies at once, mid-transaction if it was in one. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor(process, Duration.ofSeconds(10));
            process = null;
        }
    }

    /** SIGTERM: Spring shuts down gracefully. */
    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroy();
            if (!waitFor(process, Duration.ofSeconds(20))) {
                process.destroyForcibly();
                waitFor(process, Duration.ofSeconds(10));
            }
            process = null;
        }
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
