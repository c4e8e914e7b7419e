package kz.civicrelay.forumctl.system;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One relay service running as its own JVM ({@code java -jar}), with its output in a log file. It is
 * told this process's pid and stops when this process is gone, however it went. It can be stopped
 * gently (SIGTERM) or killed at once (SIGKILL), and started again on the same settings.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Pattern PID = Pattern.compile("\"pid\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final RelayService service;
    private final Path jar;
    private final int port;
    private final String bootstrapServers;
    private final Path logFile;
    private final List<String> extraArgs;
    private final boolean fromArchive;
    private @Nullable Process process;
    private @Nullable Instant startedAt;
    private boolean stopRequested;

    /** @param fromArchive start from the service's class-data archive when it has an up-to-date one */
    public ServiceProcess(RelayService service, Path jar, int port, String bootstrapServers, Path logFile,
            List<String> extraArgs, boolean fromArchive) {
        this.fromArchive = fromArchive;
        this.service = service;
        this.jar = jar;
        this.port = port;
        this.bootstrapServers = bootstrapServers;
        this.logFile = logFile;
        this.extraArgs = List.copyOf(extraArgs);
    }

    public Path jar() {
        return jar;
    }

    public RelayService service() {
        return service;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
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
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"));
        command.addAll(fromArchive ? ClassDataSharing.launch(service, jar) : List.of("-jar", jar.toString()));
        command.addAll(List.of("--server.port=" + port, "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--relay.supervisor.pid=" + ProcessHandle.current().pid()));
        command.addAll(extraArgs);
        try {
            Files.createDirectories(logFile.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
            startedAt = Instant.now();
            stopRequested = false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service.serviceName(), e);
        }
        return this;
    }

    /** The running JVM's pid, if one runs. */
    public synchronized @Nullable Long pid() {
        Process running = process;
        return running != null && running.isAlive() ? running.pid() : null;
    }

    public synchronized @Nullable Instant startedAt() {
        return startedAt;
    }

    /** Completes with the exit code when the JVM started last ends; never if none runs. */
    public synchronized CompletableFuture<Integer> onExit() {
        Process running = process;
        return running == null ? new CompletableFuture<>() : running.onExit().thenApply(Process::exitValue);
    }

    /** True if the last stop was asked for ({@link #close()}, {@link #kill()}), not an exit of its own. */
    public synchronized boolean stopRequested() {
        return stopRequested;
    }

    /**
     * Waits until the JVM this object started reports ready ({@code /actuator/health/readiness}: the
     * state is rebuilt and its listeners hold their partitions). Another process answering on the port
     * (an orphan of an earlier run) is not taken for it: the pid it names must be this JVM's.
     */
    public ServiceProcess awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Process running = process;
            if (running == null || !running.isAlive()) {
                throw new IllegalStateException(service.serviceName() + " exited"
                        + (running == null ? "" : " with " + running.exitValue()) + "; see " + logFile
                        + lastLines(System.lineSeparator() + "  ", 8));
            }
            if (ready() && running.pid() == answeringPid()) {
                return this;
            }
            sleep(100);
        }
        throw new IllegalStateException(service.serviceName() + " not ready after " + timeout + "; see " + logFile);
    }

    /** True if the service on this port answers ready now. */
    public boolean ready() {
        HttpResponse<String> response = get("/actuator/health/readiness");
        return response != null && response.statusCode() == 200 && response.body().contains("\"UP\"");
    }

    /** As {@link #ready()}, without waiting for the answer (at most 2 s). */
    public java.util.concurrent.CompletableFuture<Boolean> readyAsync() {
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(r -> r.statusCode() == 200 && r.body().contains("\"UP\""))
                .exceptionally(e -> false);
    }

    private long answeringPid() {
        HttpResponse<String> response = get("/actuator/info");
        Matcher pid = PID.matcher(response == null ? "" : response.body());
        return pid.find() ? Long.parseLong(pid.group(1)) : -1;
    }

    private @Nullable HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking " + service.serviceName(), e);
        }
    }

    /** The last {@code count} lines of the log, each after {@code indent}; empty if there is none. */
    public String lastLines(String indent, int count) {
        try {
            List<String> lines = tailOf(logFile, 64 * 1024);
            StringBuilder tail = new StringBuilder();
            lines.subList(Math.max(0, lines.size() - count), lines.size()).forEach(l -> tail.append(indent).append(l));
            return tail.toString();
        } catch (IOException | UncheckedIOException e) {
            return indent + "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** The lines of the last {@code bytes} of a file (the first, likely cut, dropped); none if it is missing. */
    private static List<String> tailOf(Path file, int bytes) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (var in = new java.io.RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - bytes);
            byte[] tail = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(tail);
            List<String> lines = new String(tail, StandardCharsets.UTF_8).lines().toList();
            return start > 0 && !lines.isEmpty() ? lines.subList(1, lines.size()) : lines;
        }
    }

    /** SIGKILL: the JVM dies at once, mid-transaction if it was in one. */
    public synchronized void kill() {
        Process running = process;
        if (running != null) {
            stopRequested = true;
            running.destroyForcibly();
            waitFor(running, Duration.ofSeconds(10));
            process = null;
        }
    }

    /** SIGTERM: Spring shuts down gracefully. */
    @Override
    public synchronized void close() {
        Process running = process;
        if (running != null) {
            stopRequested = true;
            running.destroy();
            if (!waitFor(running, Duration.ofSeconds(20))) {
                running.destroyForcibly();
                waitFor(running, Duration.ofSeconds(10));
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

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }
}
