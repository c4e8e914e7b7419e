package kz.civicrelay.e2e;

import kz.civicrelay.forumctl.system.EmbeddedIssuer;
import kz.civicrelay.forumctl.auth.Session;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.forumctl.system.MailSettings;
import kz.civicrelay.forumctl.system.RelayService;
import kz.civicrelay.platform.broker.ClusterSettings;
import kz.civicrelay.platform.broker.KraftBroker;

/**
 * {@code forumctl up} run as a user runs it, its own JVM ({@code java -jar forumctl-exec.jar up}) on free
 * ports, with its output in a file: the embedded default ({@link #start}), or the 3-broker cluster with two
 * instances of each service ({@link #startCluster}). Read through the status it serves, as {@code forumctl
 * status} reads it; each broker and service instance can be found there by name, with its pid
 * ({@link #pid(String)}), and SIGKILLed ({@link #kill(String)}). Its mail catcher, on free ports too, is read
 * through {@link #mailbox()}.
 */
public final class ForumctlUp implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final Path dataDir;
    final Path output;
    final boolean cluster;
    /** The client port of the broker, or of each of the cluster's three. */
    final List<Integer> brokerPorts = new ArrayList<>();
    /** Every port handed out so far: the system may hand a port it just freed out again, and two nodes cannot share one. */
    private final java.util.Set<Integer> handedOut = new java.util.HashSet<>();
    final int statusPort = distinctFreePort();
    final List<Integer> servicePorts = new ArrayList<>();
    /** The port of every service instance, by its name in the status ({@code scheduling}, or {@code scheduling-a}, …). */
    private final Map<String, Integer> instancePorts = new LinkedHashMap<>();
    /** The mail catcher that delivery sends through: SMTP, IMAP and its web view on free ports. */
    final MailSettings mail;
    private final Process process;

    private ForumctlUp(Path dataDir, Path output, boolean cluster, List<String> extraArgs) {
        this.dataDir = dataDir;
        this.output = output;
        this.cluster = cluster;
        Path home = Path.of(System.getProperty("relay.home", ".."));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Dfile.encoding=UTF-8", "-jar",
                home.resolve("forumctl/target/forumctl-exec.jar").toString(), "up", "--home", home.toString(),
                "--logs", dataDir.resolve("logs").toString(), "--status-port", String.valueOf(statusPort)));
        if (cluster) {
            List<Integer> controllerPorts = new ArrayList<>();
            for (int node = 0; node < ClusterSettings.NODES; node++) {
                brokerPorts.add(distinctFreePort());
                controllerPorts.add(distinctFreePort());
            }
            command.addAll(List.of("--cluster", "--data", dataDir.resolve("cluster").toString(),
                    "--broker-ports", join(brokerPorts), "--controller-ports", join(controllerPorts)));
        } else {
            brokerPorts.add(distinctFreePort());
            command.addAll(List.of("--data", dataDir.resolve("kafka").toString(),
                    "--port", String.valueOf(brokerPorts.get(0)), "--controller-port", String.valueOf(distinctFreePort())));
        }
        for (RelayService service : RelayService.values()) {
            List<String> names = !cluster || service.runsOnce() ? List.of(service.serviceName())
                    : List.of(service.serviceName() + "-a", service.serviceName() + "-b");
            for (String name : names) {
                int port = distinctFreePort();
                instancePorts.put(name, port);
                command.addAll(List.of("--service-port", name + "=" + port));
            }
            servicePorts.add(instancePorts.get(names.get(0)));
        }
        mail = new MailSettings(null, distinctFreePort(), distinctFreePort(), distinctFreePort());
        command.addAll(List.of("--smtp-port", String.valueOf(mail.smtpPort()), "--imap-port", String.valueOf(mail.imapPort()),
                "--mail-web-port", String.valueOf(mail.apiPort())));
        command.addAll(extraArgs);
        try {
            Files.createDirectories(dataDir);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded default: one broker in up's JVM, one instance of each service; its output in {@code <dataDir>/<name>.out}. */
    public static ForumctlUp start(Path dataDir, String name, String... extraArgs) {
        return new ForumctlUp(dataDir, dataDir.resolve(name + ".out"), false, List.of(extraArgs));
    }

    /**
     * {@code up --cluster} on free ports: three broker processes ({@code kafka-1..3}, logs in
     * {@code <dataDir>/cluster}), two instances of each service ({@code scheduling-a}, {@code scheduling-b}, …)
     * and one console; its output in {@code <dataDir>/<name>.out}.
     */
    public static ForumctlUp startCluster(Path dataDir, String name, String... extraArgs) {
        return new ForumctlUp(dataDir, dataDir.resolve(name + ".out"), true, List.of(extraArgs));
    }

    /** The credentials file up made in its data folder (decision 0015). */
    public Path secretsFile() {
        return dataDir.resolve(kz.civicrelay.platform.security.KafkaCredentials.FILE);
    }

    /** The client settings of a test's Kafka client acting as {@code principal} on up's secured Kafka. */
    public Map<String, Object> kafkaClient(kz.civicrelay.platform.security.KafkaPrincipal principal) {
        return kz.civicrelay.platform.security.KafkaCredentials.load(secretsFile()).clientProperties(principal);
    }

    /** Every broker's address, comma-separated. */
    public String bootstrapServers() {
        return String.join(",", brokerPorts.stream().map(p -> "localhost:" + p).toList());
    }

    /** {@code kafka-1}, {@code kafka-2}, {@code kafka-3} on a cluster; none on the embedded default. */
    public List<String> brokerNames() {
        return cluster ? List.of("kafka-1", "kafka-2", "kafka-3") : List.of();
    }

    /** The name of every service instance in the status: {@code scheduling} …, or {@code scheduling-a}, {@code scheduling-b} … */
    public List<String> instanceNames() {
        return List.copyOf(instancePorts.keySet());
    }

    /** On a cluster, instance {@code a} or {@code b} of a service; on the embedded default, its only instance. */
    public String instanceName(RelayService service, char instance) {
        return cluster && !service.runsOnce() ? service.serviceName() + "-" + instance : service.serviceName();
    }

    public String instanceUrl(String name) {
        Integer port = instancePorts.get(name);
        if (port == null) {
            throw new IllegalArgumentException("No instance " + name + " in " + instancePorts.keySet());
        }
        return "http://localhost:" + port;
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

    /** The status entry of one service (on a cluster: of its instance a). */
    public Optional<JsonNode> process(RelayService service) {
        return process(instanceName(service, 'a'));
    }

    /** The status entry of one process by name: {@code kafka-2}, {@code handoff-b}, {@code console} … */
    public Optional<JsonNode> process(String name) {
        return status().flatMap(s -> {
            for (JsonNode p : s.path("processes")) {
                if (name.equals(p.path("name").asText())) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        });
    }

    /** The pid of the process named {@code name} as up reports it now; empty while none runs (or up does not answer). */
    public Optional<Long> pid(String name) {
        return process(name).map(p -> p.path("pid")).filter(JsonNode::canConvertToLong).map(JsonNode::asLong);
    }

    /** The pid of broker {@code nodeId} (1, 2, 3) of the cluster. */
    public Optional<Long> brokerPid(int nodeId) {
        return pid("kafka-" + nodeId);
    }

    /** The pid of instance {@code a} or {@code b} of a service. */
    public Optional<Long> instancePid(RelayService service, char instance) {
        return pid(instanceName(service, instance));
    }

    /** SIGKILL of the process named {@code name} (a broker, a service instance), by the pid up reports; returns that pid. */
    public long kill(String name) {
        long pid = pid(name).orElseThrow(() -> new IllegalStateException(name + " has no running process to kill"));
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(name + " (pid " + pid
                + ") is already gone"));
        handle.destroyForcibly();
        handle.onExit().orTimeout(10, TimeUnit.SECONDS).join();
        return pid;
    }

    /** True once up lists every process it runs (brokers of a cluster and the mail catcher included) and each is ready. */
    public boolean allReady() {
        return status().map(s -> {
            boolean ready = s.path("processes").size() == brokerNames().size() + instancePorts.size() + 1;
            for (JsonNode p : s.path("processes")) {
                ready &= "ready".equals(p.path("state").asText());
            }
            return ready;
        }).orElse(false);
    }

    /** The demo operator, signed in at the issuer this {@code up} runs (decision 0015). */
    public Session operator() {
        return Session.signedIn(serviceUrl(RelayService.IDENTITY), "operator", EmbeddedIssuer.DEMO_PASSWORD);
    }

    /** The mail catcher delivery sends through: its ports, and the mails each address received. */
    public Mailbox mailbox() {
        return new Mailbox(mail);
    }

    /** The delivery service's URL (on a cluster: its instance a's): subscriptions, deliveries. */
    public String deliveryUrl() {
        return serviceUrl(RelayService.DELIVERY);
    }

    /** A service's URL (on a cluster: its instance a's). */
    public String serviceUrl(RelayService service) {
        return "http://localhost:" + servicePorts.get(service.ordinal());
    }

    /** A free port not handed out before by this {@code up}. */
    private int distinctFreePort() {
        int port = KraftBroker.freePort();
        while (!handedOut.add(port)) {
            port = KraftBroker.freePort();
        }
        return port;
    }

    private static String join(List<Integer> ports) {
        return String.join(",", ports.stream().map(String::valueOf).toList());
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
