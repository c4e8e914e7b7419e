package kz.civicrelay.forumctl.system;

import java.io.IOException;
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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One instance of a relay service running as its own JVM ({@code java -jar}), with its output in a log
 * file; ready when its readiness probe says so ({@code /actuator/health/readiness}).
 */
public final class ServiceProcess extends ChildProcess {

    private static final Pattern PID = Pattern.compile("\"pid\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final RelayService service;
    private final Path jar;
    private final String bootstrapServers;
    private final List<String> extraArgs;
    private final boolean fromArchive;
    private Map<String, String> environment = Map.of();

    /** @param fromArchive start from the service's class-data archive when it has an up-to-date one */
    public ServiceProcess(RelayService service, Path jar, int port, String bootstrapServers, Path logFile,
            List<String> extraArgs, boolean fromArchive) {
        this(service, service.serviceName(), jar, port, bootstrapServers, logFile, extraArgs, fromArchive);
    }

    /** @param name the instance's name, e.g. {@code scheduling-b} when a service runs twice */
    public ServiceProcess(RelayService service, String name, Path jar, int port, String bootstrapServers, Path logFile,
            List<String> extraArgs, boolean fromArchive) {
        super(name, port, logFile);
        this.fromArchive = fromArchive;
        this.service = service;
        this.jar = jar;
        this.bootstrapServers = bootstrapServers;
        this.extraArgs = List.copyOf(extraArgs);
    }

    /**
     * Adds these variables to the ones this instance's JVM gets in its environment at every start, from its next
     * start on: its Kafka principal, a client secret (decision 0015). Secrets never go on its command line.
     */
    public synchronized ServiceProcess withEnvironment(Map<String, String> variables) {
        Map<String, String> all = new java.util.HashMap<>(environment);
        all.putAll(variables);
        environment = Map.copyOf(all);
        return this;
    }

    @Override
    protected synchronized Map<String, String> environment() {
        return environment;
    }

    public Path jar() {
        return jar;
    }

    public RelayService service() {
        return service;
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    @Override
    public synchronized ServiceProcess start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No runnable jar for " + service.serviceName() + " at " + jar
                    + ": build first with ./mvnw package -DskipTests");
        }
        super.start();
        return this;
    }

    @Override
    protected List<String> command() {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"));
        command.addAll(fromArchive ? ClassDataSharing.launch(service, jar) : List.of("-jar", jar.toString()));
        command.addAll(List.of("--server.port=" + port(), "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--relay.supervisor.pid=" + ProcessHandle.current().pid()));
        command.addAll(extraArgs);
        return command;
    }

    /**
     * Ready: the state is rebuilt and its listeners hold their partitions. Another process answering on the
     * port (an orphan of an earlier run) is not taken for it: the pid it names must be this JVM's.
     */
    @Override
    protected boolean readyNow(long pid) {
        return ready() && pid == answeringPid();
    }

    /** True if the service on this port answers ready now. */
    public boolean ready() {
        HttpResponse<String> response = get("/actuator/health/readiness");
        return response != null && response.statusCode() == 200 && response.body().contains("\"UP\"");
    }

    /** As {@link #ready()}, without waiting for the answer (at most 2 s). */
    @Override
    public CompletableFuture<Boolean> readyAsync() {
        return readinessAsync().thenApply(Readiness::ready);
    }

    /**
     * Whether the instance is ready, and its part beside another instance of its service (decision 0014):
     * {@code active}, {@code standby}, {@code taking_over}, {@code joining}; null when it does not say.
     */
    public record Readiness(boolean ready, @Nullable String role) {

        private static final Pattern ROLE = Pattern.compile("\"role\"\\s*:\\s*\"([a-z_]+)\"");

        static Readiness of(int status, String body) {
            Matcher role = ROLE.matcher(body);
            return new Readiness(status == 200 && body.contains("\"UP\""), role.find() ? role.group(1) : null);
        }
    }

    /** The instance's readiness and role, without waiting for the answer (at most 2 s). */
    public CompletableFuture<Readiness> readinessAsync() {
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(r -> Readiness.of(r.statusCode(), r.body()))
                .exceptionally(e -> new Readiness(false, null));
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
            throw new IllegalStateException("Interrupted while asking " + name(), e);
        }
    }

    @Override
    public ServiceProcess awaitReady(Duration timeout) {
        super.awaitReady(timeout);
        return this;
    }
}
