package kz.civicrelay.forumctl.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docker-compose.yml describes the topology of {@code forumctl up --cluster}, on the same host ports:
 * three brokers (each broker and controller, replication factor 3, two in sync), instance {@code a} of
 * each service on its default port and instance {@code b} 100 above it, and the console. Read here with
 * SnakeYAML, so this runs on every machine. Where {@code docker compose} or {@code docker-compose}
 * exists, that tool validates the file too (a file it rejects fails the build); where neither does, the
 * build says {@value #NO_TOOL} and skips only that check.
 */
class ComposeFileTest {

    static final String NO_TOOL = "docker-compose not found: compose file check skipped";

    private static final Path HOME = Path.of(System.getProperty("relay.home", "..")).toAbsolutePath().normalize();
    private static final Path COMPOSE_FILE = HOME.resolve("docker-compose.yml");

    /** forumctl up --cluster: the second instance (b) of a service listens this far above its default port. */
    private static final int SECOND_INSTANCE_OFFSET = 100;
    /** The mail catcher's SMTP, IMAP and web view on the host: forumctl up's defaults (MailSettings). */
    private static final List<Integer> MAIL_HOST_PORTS = List.of(MailSettings.DEFAULT_SMTP_PORT,
            MailSettings.DEFAULT_IMAP_PORT, MailSettings.DEFAULT_API_PORT);
    /** GreenMail's image port of its web view and REST API. */
    private static final int GREENMAIL_API_CONTAINER_PORT = 8080;
    /** forumctl up --cluster's brokers on loopback, a controller port between each two. */
    private static final List<Integer> BROKER_HOST_PORTS = List.of(9092, 9094, 9096);
    private static final String BOOTSTRAP_SERVERS = "kafka-1:9092,kafka-2:9092,kafka-3:9092";
    private static final String QUORUM_VOTERS = "1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093";
    /** How forumctl up starts each service's JVM (ServiceProcess.start), before {@code -jar}. */
    private static final List<String> JVM_OPTIONS =
            List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");
    private static final Map<String, String> BROKER_SETTINGS = Map.ofEntries(
            Map.entry("process.roles", "broker,controller"),
            Map.entry("controller.quorum.voters", QUORUM_VOTERS),
            Map.entry("default.replication.factor", "3"),
            Map.entry("min.insync.replicas", "2"),
            Map.entry("offsets.topic.replication.factor", "3"),
            Map.entry("transaction.state.log.replication.factor", "3"),
            Map.entry("transaction.state.log.min.isr", "2"),
            Map.entry("unclean.leader.election.enable", "false"),
            Map.entry("auto.create.topics.enable", "false"),
            Map.entry("group.initial.rebalance.delay.ms", "0"),
            Map.entry("group.min.session.timeout.ms", "1000"),
            Map.entry("broker.session.timeout.ms", "3000"),
            Map.entry("broker.heartbeat.interval.ms", "500"),
            Map.entry("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000"));

    /** Decision 0015: SASL everywhere, SCRAM for clients, StandardAuthorizer, nothing without an ACL, admin the super user. */
    private static final Map<String, String> BROKER_SECURITY = Map.ofEntries(
            Map.entry("listener.security.protocol.map", "BROKER:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT,EXTERNAL:SASL_PLAINTEXT"),
            Map.entry("inter.broker.listener.name", "BROKER"),
            Map.entry("sasl.mechanism.controller.protocol", "PLAIN"),
            Map.entry("listener.name.broker.sasl.enabled.mechanisms", "SCRAM-SHA-256,PLAIN"),
            Map.entry("listener.name.external.sasl.enabled.mechanisms", "SCRAM-SHA-256"),
            Map.entry("listener.name.controller.sasl.enabled.mechanisms", "PLAIN"),
            Map.entry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer"),
            Map.entry("allow.everyone.if.no.acl.found", "false"),
            Map.entry("super.users", "User:admin"));

    private static Map<String, Object> compose = Map.of();

    /** One JVM of the relay in the file: its compose service name and the port it listens on. */
    record Instance(RelayService service, String name, int port) {
        @Override
        public String toString() {
            return name + " on " + port;
        }
    }

    /** Every JVM that reads Kafka; the identity issuer, which does not, is checked on its own. */
    static Stream<Instance> instances() {
        return Arrays.stream(RelayService.values()).filter(service -> service != RelayService.IDENTITY)
                .flatMap(service -> service.runsOnce()
                ? Stream.of(new Instance(service, service.serviceName(), service.defaultPort()))
                : Stream.of(new Instance(service, service.serviceName() + "-a", service.defaultPort()),
                        new Instance(service, service.serviceName() + "-b", service.defaultPort() + SECOND_INSTANCE_OFFSET)));
    }

    @BeforeAll
    static void readTheComposeFile() throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(500);
        try (Reader reader = Files.newBufferedReader(COMPOSE_FILE, StandardCharsets.UTF_8)) {
            compose = map(new Yaml(new SafeConstructor(options)).load(reader), "docker-compose.yml");
        }
    }

    @Test
    void describesThreeBrokersTheConsoleAndTwoInstancesOfEachService() {
        List<String> expected = new ArrayList<>(List.of("kafka-1", "kafka-2", "kafka-3", "kafka-setup"));
        instances().map(Instance::name).forEach(expected::add);
        expected.add(RelayService.IDENTITY.serviceName());
        expected.add("mail");
        expected.addAll(ComposeObservabilityTest.WATCHERS);

        assertThat(map(compose.get("services"), "services").keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void eachBrokerIsAControllerVoterOfTheSameClusterWithReplicationFactorThree() {
        Set<String> clusterIds = new HashSet<>();
        for (int node = 1; node <= 3; node++) {
            Map<String, Object> broker = service("kafka-" + node);
            Map<String, String> env = environment(broker);

            assertThat(broker.get("image")).as("kafka-%d's image: the Kafka this build uses", node)
                    .isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
            assertThat(env).as("kafka-%d", node).containsEntry("KAFKA_NODE_ID", String.valueOf(node));
            assertThat(brokerSettings(env)).as("kafka-%d's settings", node).containsAllEntriesOf(BROKER_SETTINGS);
            assertThat(listeners(env.get("KAFKA_LISTENERS"))).as("kafka-%d's listeners", node)
                    .containsEntry("BROKER", ":9092").containsEntry("CONTROLLER", ":9093");
            assertThat(listeners(env.get("KAFKA_ADVERTISED_LISTENERS"))).as("kafka-%d's advertised listeners", node)
                    .containsEntry("BROKER", "kafka-" + node + ":9092");
            clusterIds.add(env.get("CLUSTER_ID"));
        }
        assertThat(clusterIds).as("the brokers' CLUSTER_ID").singleElement().asString().isNotBlank();
    }

    @Test
    void eachBrokerRequiresSaslAndDeniesWhatNoAclAllows() {
        for (int node = 1; node <= 3; node++) {
            Map<String, String> settings = brokerSettings(environment(service("kafka-" + node)));

            assertThat(settings).as("kafka-%d's security", node).containsAllEntriesOf(BROKER_SECURITY);
            assertThat(settings.get("listener.name.controller.plain.sasl.jaas.config")).as("kafka-%d", node)
                    .contains("username=\"admin\"", "user_admin=\"${RELAY_KAFKA_ADMIN_PASSWORD}\"");
            assertThat(settings.get("listener.name.external.scram-sha-256.sasl.jaas.config")).as("kafka-%d", node)
                    .contains("ScramLoginModule");
            assertThat(String.join(" ", strings(map(service("kafka-" + node).get("healthcheck"), "healthcheck").get("test"))))
                    .as("kafka-%d's health check signs in", node).contains("--command-config");
        }
    }

    @Test
    void kafkaSetupWritesTopicsUsersAndAclsAsAdminWithEveryPasswordFromTheEnvFile() {
        Map<String, Object> setup = service("kafka-setup");
        Map<String, String> env = environment(setup);
        for (var principal : kz.civicrelay.platform.security.KafkaPrincipal.values()) {
            assertThat(env.get(principal.passwordKey())).as(principal.passwordKey())
                    .startsWith("${" + principal.passwordKey());
        }
        assertThat(commandOf(setup)).containsSubsequence("-jar", "/app/forumctl-exec.jar", "kafka-setup")
                .contains("--replication-factor", "3", "--min-insync-replicas", "2")
                .noneMatch(word -> word.toLowerCase(Locale.ROOT).contains("password"));
        assertThat(map(setup.get("depends_on"), "kafka-setup.depends_on")).containsKeys("kafka-1", "kafka-2", "kafka-3");
    }

    @Test
    void noTwoProcessesShareAHostPort() {
        List<Integer> published = new ArrayList<>();
        map(compose.get("services"), "services").forEach((name, service) -> (map(service, name).get("ports") == null
                ? List.<String>of() : strings(map(service, name).get("ports")))
                .forEach(mapping -> published.add(Integer.parseInt(mapping.substring(0, mapping.indexOf(':'))))));
        List<Integer> expected = new ArrayList<>(BROKER_HOST_PORTS);
        instances().map(Instance::port).forEach(expected::add);
        expected.add(RelayService.IDENTITY.defaultPort());
        expected.addAll(MAIL_HOST_PORTS);
        expected.addAll(ComposeObservabilityTest.WATCHER_HOST_PORTS);

        assertThat(published).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aHostClientReachesEachBrokerOnItsOwnLoopbackPort() {
        for (int node = 1; node <= 3; node++) {
            int hostPort = BROKER_HOST_PORTS.get(node - 1);
            Map<String, Object> broker = service("kafka-" + node);
            Map<String, String> env = environment(broker);
            Map<String, String> listening = listeners(env.get("KAFKA_LISTENERS"));

            assertThat(listeners(env.get("KAFKA_ADVERTISED_LISTENERS"))).as("kafka-%d's advertised listeners", node)
                    .containsEntry("EXTERNAL", "localhost:" + hostPort);
            assertThat(listening).as("kafka-%d's listeners", node).containsKey("EXTERNAL");
            assertThat(listeners(env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"))).containsKey("EXTERNAL");
            String containerPort = listening.get("EXTERNAL").substring(listening.get("EXTERNAL").lastIndexOf(':') + 1);
            assertThat(strings(broker.get("ports"))).as("kafka-%d's published ports", node)
                    .containsExactly(hostPort + ":" + containerPort);
        }
    }

    @Test
    void eachBrokersLogIsANamedVolumeThatOutlivesTheContainer() {
        Map<String, Object> named = map(compose.get("volumes"), "volumes");
        for (int node = 1; node <= 3; node++) {
            Map<String, Object> broker = service("kafka-" + node);
            String logDir = environment(broker).get("KAFKA_LOG_DIRS");

            assertThat(logDir).as("kafka-%d's KAFKA_LOG_DIRS", node).isNotBlank();
            assertThat(strings(broker.get("volumes"))).as("kafka-%d's volumes", node)
                    .containsExactly("kafka-" + node + "-data:" + logDir);
            assertThat(named).as("named volumes").containsKey("kafka-" + node + "-data");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void eachInstanceRunsItsJarAsForumctlDoesNamedAndOnItsOwnPort(Instance instance) {
        Map<String, Object> service = service(instance.name());
        String jar = instance.service().serviceName() + "-exec.jar";
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", "/app/" + jar, "--relay.instance.id=" + instance.name(),
                "--server.port=" + instance.port()));

        assertThat(service.get("image")).as("%s's image", instance).isEqualTo("eclipse-temurin:17-jre");
        assertThat(commandOf(service)).as("%s's command", instance).isEqualTo(command);
        assertThat(strings(service.get("ports"))).as("%s's published port", instance)
                .containsExactly(instance.port() + ":" + instance.port());
        assertThat(strings(service.get("volumes"))).as("%s's volumes", instance)
                .containsExactly("./services/" + instance.service().serviceName() + "/target:/app:ro");
        assertThat(environment(service)).as("%s's environment", instance)
                .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", BOOTSTRAP_SERVERS)
                .containsEntry("RELAY_TOPICS_REPLICATION_FACTOR", "3")
                .containsEntry("RELAY_TOPICS_MIN_INSYNC_REPLICAS", "2")
                .containsEntry("RELAY_INSTANCE_URL", "http://" + instance.name() + ":" + instance.port())
                // its own principal (decision 0015), the password from the env file, never on its command line
                .containsEntry("RELAY_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                .containsEntry("RELAY_KAFKA_USERNAME", instance.service().serviceName())
                .containsEntry("RELAY_KAFKA_PASSWORD", "${RELAY_KAFKA_" + instance.service().serviceName().toUpperCase(Locale.ROOT)
                        + "_PASSWORD}")
                .containsEntry("RELAY_TOPICS_CREATE", "false");
        assertThat(map(service.get("depends_on"), instance.name() + ".depends_on"))
                .containsKeys("kafka-1", "kafka-2", "kafka-3", "kafka-setup");
        assertThat(String.join(" ", strings(map(service.get("healthcheck"), instance.name() + ".healthcheck").get("test"))))
                .contains("/actuator/health/readiness");
    }

    @Test
    void theIssuerRunsOnceWithTheDemoAccountsItsKeyInANamedVolumeAndTheConsoleSecretFromTheEnvironment() {
        Map<String, Object> issuer = service("identity");
        int port = RelayService.IDENTITY.defaultPort();
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", "/app/identity-exec.jar", "--server.port=" + port,
                "--relay.identity.seed-demo-accounts=true", "--relay.identity.data-dir=/var/lib/identity"));

        assertThat(commandOf(issuer)).isEqualTo(command);
        assertThat(strings(issuer.get("ports"))).containsExactly(port + ":" + port);
        assertThat(strings(issuer.get("volumes"))).containsExactlyInAnyOrder("./services/identity/target:/app:ro",
                "identity-data:/var/lib/identity");
        assertThat(map(compose.get("volumes"), "volumes")).containsKey("identity-data");
        assertThat(environment(issuer)).as("the secret comes from the environment, never the file")
                .containsEntry("RELAY_IDENTITY_CONSOLE_SECRET", "${RELAY_CONSOLE_SECRET:-}")
                .containsEntry(EmbeddedIssuer.METRICS_SECRET_VARIABLE,
                        "${RELAY_IDENTITY_METRICS_SECRET:?make it with ./forumctl.sh kafka-secrets}")
                .containsEntry("RELAY_IDENTITY_ISSUER", "http://localhost:" + port);
        assertThat(String.join(" ", strings(map(issuer.get("healthcheck"), "identity.healthcheck").get("test"))))
                .contains("/actuator/health/readiness");
    }

    @Test
    void theMailCatcherRunsGreenMailOnForumctlsHostPortsAcceptingAnyUser() {
        Map<String, Object> mail = service("mail");

        assertThat(String.valueOf(mail.get("image"))).startsWith("greenmail/standalone:");
        assertThat(strings(mail.get("ports"))).containsExactly(MailSettings.DEFAULT_SMTP_PORT + ":3025",
                MailSettings.DEFAULT_IMAP_PORT + ":3143", MailSettings.DEFAULT_API_PORT + ":" + GREENMAIL_API_CONTAINER_PORT);
        assertThat(List.of(environment(mail).get("GREENMAIL_OPTS").split("\\s+"))).contains(
                "-Dgreenmail.setup.test.smtp", "-Dgreenmail.setup.test.imap", "-Dgreenmail.hostname=0.0.0.0",
                "-Dgreenmail.auth.disabled");
    }

    @Test
    void deliverySendsThroughTheMailCatcherWithItsKeysAndHandoffChecksLinksWithTheSameKey() {
        for (String instance : List.of("delivery-a", "delivery-b")) {
            Map<String, String> env = environment(service(instance));

            assertThat(env).as(instance).containsEntry("SPRING_MAIL_HOST", "mail").containsEntry("SPRING_MAIL_PORT", "3025");
            assertThat(env.get(DeliveryKeys.LINKS_KEY_VARIABLE)).as(instance).startsWith("${" + DeliveryKeys.LINKS_KEY_VARIABLE);
            assertThat(env.get(DeliveryKeys.DELIVERY_KEY_VARIABLE)).as(instance)
                    .startsWith("${" + DeliveryKeys.DELIVERY_KEY_VARIABLE);
        }
        for (String instance : List.of("handoff-a", "handoff-b")) {
            Map<String, String> env = environment(service(instance));

            assertThat(env.get(DeliveryKeys.LINKS_KEY_VARIABLE)).as(instance).startsWith("${" + DeliveryKeys.LINKS_KEY_VARIABLE);
            assertThat(env).as("only delivery derives webhook secrets").doesNotContainKey(DeliveryKeys.DELIVERY_KEY_VARIABLE);
        }
        for (String instance : List.of("registration-a", "registration-b", "delivery-a", "delivery-b")) {
            assertThat(environment(service(instance)).get(DeliveryKeys.CHECKIN_KEY_VARIABLE)).as(instance)
                    .startsWith("${" + DeliveryKeys.CHECKIN_KEY_VARIABLE);
        }
        map(compose.get("services"), "services").forEach((name, service) -> assertThat(
                map(service, name).get("command") == null ? List.<String>of() : commandOf(map(service, name)))
                .as("%s's command names no key", name).noneMatch(word -> word.toLowerCase(Locale.ROOT).contains("key=")));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void composeAcceptsTheFile(@TempDir Path data) throws IOException, InterruptedException {
        List<String> tool = composeTool();
        Path credentials = data.resolve(kz.civicrelay.platform.security.KafkaCredentials.FILE);
        kz.civicrelay.platform.security.KafkaCredentials.loadOrCreate(credentials);
        Path secrets = data.resolve("secrets");
        Path envFile = ComposeEnvFile.write(secrets, kz.civicrelay.platform.security.KafkaCredentials.load(credentials),
                DeliveryKeys.readOrCreate(secrets));

        Run config = Run.of(HOME, tool, "--env-file", envFile.toString(), "-f", COMPOSE_FILE.toString(), "config", "-q");

        assertThat(config.exitCode()).as("%s config -q on %s:%n%s", String.join(" ", tool), COMPOSE_FILE, config.output())
                .isZero();
    }

    /** Without the credentials file the brokers would start with empty passwords: compose refuses, saying how to make it. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void composeRefusesTheFileWithoutTheKafkaCredentials(@TempDir Path empty) throws IOException, InterruptedException {
        List<String> tool = composeTool();
        Path noCredentials = Files.writeString(empty.resolve("empty.env"), "# nothing\n");

        Run config = Run.of(HOME, tool, "--env-file", noCredentials.toString(), "-f", COMPOSE_FILE.toString(), "config", "-q");

        assertThat(config.exitCode()).as(config.output()).isNotZero();
        assertThat(config.output()).contains("./forumctl.sh kafka-secrets");
    }

    /** Kafka's passwords alone are not enough: delivery and handoff need the keys, and compose says how to make them. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void composeRefusesTheFileWithoutTheKeysOfDelivery(@TempDir Path data) throws IOException, InterruptedException {
        List<String> tool = composeTool();
        Path credentials = data.resolve(kz.civicrelay.platform.security.KafkaCredentials.FILE);
        kz.civicrelay.platform.security.KafkaCredentials.loadOrCreate(credentials);

        Run config = Run.of(HOME, tool, "--env-file", credentials.toString(), "-f", COMPOSE_FILE.toString(), "config", "-q");

        assertThat(config.exitCode()).as(config.output()).isNotZero();
        assertThat(config.output()).contains("RELAY_", "./forumctl.sh kafka-secrets", ComposeEnvFile.FILE);
    }

    /** So that the check above could fail: the same tool refuses a file that is not a compose file. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void composeRefusesABrokenFile(@TempDir Path dir) throws IOException, InterruptedException {
        List<String> tool = composeTool();
        Path broken = Files.writeString(dir.resolve("docker-compose.yml"),
                "services:\n  kafka-1:\n    image: apache/kafka\n    portz: [\"9092:9092\"]\n");

        Run config = Run.of(dir, tool, "-f", broken.toString(), "config", "-q");

        assertThat(config.exitCode()).as("%s config -q on a broken file:%n%s", String.join(" ", tool), config.output())
                .isNotZero();
    }

    // --- the compose tool -------------------------------------------------------------------------------

    private static Optional<List<String>> tool;

    /** {@code docker compose} (v2) if it answers, else {@code docker-compose}; skips the test, saying so, if neither. */
    private static synchronized List<String> composeTool() throws IOException, InterruptedException {
        if (tool == null) {
            tool = findComposeTool();
            if (tool.isEmpty()) {
                System.out.println(NO_TOOL);
            } else {
                System.out.println("Checking docker-compose.yml with: " + String.join(" ", tool.get()));
            }
        }
        assumeTrue(tool.isPresent(), NO_TOOL);
        return tool.get();
    }

    private static Optional<List<String>> findComposeTool() throws IOException, InterruptedException {
        for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            Optional<Path> executable = onPath(candidate.get(0));
            if (executable.isPresent()) {
                List<String> command = new ArrayList<>(candidate);
                command.set(0, executable.get().toString());
                if (Run.of(HOME, command, "version").exitCode() == 0) {
                    return Optional.of(command);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        return path == null ? Optional.empty() : Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private record Run(int exitCode, String output) {
        static Run of(Path dir, List<String> tool, String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(tool);
            command.addAll(List.of(args));
            Path output = Files.createTempFile("compose-check", ".out");
            try {
                Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                process.getOutputStream().close();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return new Run(-1, String.join(" ", command) + ": no answer within 60 s");
                }
                return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        }
    }

    // --- reading the file -------------------------------------------------------------------------------

    private static Map<String, Object> service(String name) {
        return map(map(compose.get("services"), "services").get(name), "services." + name);
    }

    /** A service's environment, every value as the container sees it (a string). */
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new TreeMap<>();
        map(service.get("environment"), "environment").forEach((k, v) -> env.put(k, String.valueOf(v)));
        return env;
    }

    /** The broker settings the apache/kafka image makes of KAFKA_* variables (KAFKA_MIN_INSYNC_REPLICAS: min.insync.replicas). */
    private static Map<String, String> brokerSettings(Map<String, String> env) {
        Map<String, String> settings = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith("KAFKA_")) {
                // as the image does: ___ is '-', __ is '_', _ is '.'
                settings.put(name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace("___", "-")
                        .replace("__", "\u0000").replace('_', '.').replace('\u0000', '_'), value);
            }
        });
        return settings;
    }

    /** {@code PLAINTEXT://kafka-1:9092,EXTERNAL://localhost:9092} as name to address; a protocol map as name to protocol. */
    private static Map<String, String> listeners(String list) {
        Map<String, String> byName = new LinkedHashMap<>();
        assertThat(list).isNotBlank();
        for (String listener : list.split(",")) {
            String[] parts = listener.split("://|:", 2);
            byName.put(parts[0], parts[1]);
        }
        return byName;
    }

    /** The command as words: compose splits a string command as a shell would (no quotes are used here). */
    private static List<String> commandOf(Map<String, Object> service) {
        Object command = service.get("command");
        return command instanceof String line ? List.of(line.trim().split("\\s+")) : strings(command);
    }

    private static List<String> strings(Object list) {
        assertThat(list).isInstanceOf(List.class);
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertThat(value).as(what).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
