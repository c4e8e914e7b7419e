package kz.civicrelay.forumctl;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.system.Observability;
import kz.civicrelay.forumctl.system.BrokerProcess;
import kz.civicrelay.forumctl.system.DataLock;
import kz.civicrelay.forumctl.system.EmbeddedIssuer;
import kz.civicrelay.forumctl.system.MailSettings;
import kz.civicrelay.forumctl.system.RelayService;
import kz.civicrelay.forumctl.system.RelaySystem;
import kz.civicrelay.forumctl.system.ServiceInstance;
import kz.civicrelay.forumctl.system.ServiceProcess;
import kz.civicrelay.forumctl.system.StatusServer;
import kz.civicrelay.forumctl.system.SystemStatus;
import kz.civicrelay.platform.broker.BrokerSettings;
import kz.civicrelay.platform.broker.ClusterSettings;
import kz.civicrelay.platform.broker.KraftBroker;
import kz.civicrelay.platform.security.KafkaCredentials;
import kz.civicrelay.platform.topics.RelayTopic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Starts the embedded system: a real KRaft broker (log under ./data), the relay topics, and every
 * service; then supervises it until Ctrl-C. With {@code --cluster}: three broker processes and two
 * instances of each service, every one of them supervised.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Starts the embedded Kafka broker (KRaft, data under ./data), creates the relay topics and "
                + "starts every service as its own JVM; restarts a service that exits; runs until Ctrl-C. "
                + "With --cluster: a 3-broker KRaft cluster (each broker its own process, RF 3, min.insync.replicas 2) "
                + "and two instances of each service (a, b), every process restarted if it exits. "
                + "Refuses at once if another up runs on the same data folder.")
final class UpCommand implements Callable<Integer> {

    @Option(names = "--home", description = "Project folder holding services/*/target (default: ${DEFAULT-VALUE}).")
    Path home = Path.of(".");

    @Option(names = "--cluster", description = "Run a 3-broker KRaft cluster on loopback (clients at 9092, 9094, 9096; "
            + "controllers at 9093, 9095, 9097; logs in data/cluster/kafka-1..3), each broker its own supervised process, "
            + "and two instances of each service: a on 8081-8085, b on 8181-8185; one console on 8080, one mail catcher.")
    boolean cluster;

    @Option(names = "--data", description = "Folder of the broker's log (default: data/kafka; with --cluster: "
            + "data/cluster, holding kafka-1..3 and cluster.id).")
    @Nullable Path dataDir;

    @Option(names = "--logs", description = "Folder of the services' logs (default: ${DEFAULT-VALUE}).")
    Path logDir = Path.of("data", "logs");

    @Option(names = "--port", description = "Broker port for clients (default: ${DEFAULT-VALUE}); with --cluster, "
            + "broker 1's, brokers 2 and 3 on the next but one ports (9094, 9096).")
    int port = 9092;

    @Option(names = "--controller-port", description = "KRaft controller port (default: ${DEFAULT-VALUE}); with "
            + "--cluster, node 1's, nodes 2 and 3 on the next but one ports (9095, 9097).")
    int controllerPort = 9093;

    @Option(names = "--broker-ports", split = ",", paramLabel = "port,port,port",
            description = "With --cluster: the client ports of brokers 1, 2, 3 (instead of --port and the next but one ports).")
    List<Integer> brokerPorts = new ArrayList<>();

    @Option(names = "--controller-ports", split = ",", paramLabel = "port,port,port",
            description = "With --cluster: the controller ports of nodes 1, 2, 3 (instead of --controller-port and the "
                    + "next but one ports).")
    List<Integer> controllerPorts = new ArrayList<>();

    @Option(names = "--broker-property", paramLabel = "key=value",
            description = "A setting given to every Kafka broker over the relay's defaults, e.g. "
                    + "--broker-property broker.session.timeout.ms=4000.")
    Map<String, String> brokerProperties = new LinkedHashMap<>();

    @Option(names = "--status-port", description = "Port of the status this command serves to forumctl status and "
            + "the console (default: ${DEFAULT-VALUE}).")
    int statusPort = StatusServer.DEFAULT_PORT;

    @Option(names = "--partitions", description = "Partitions of each relay topic (default: ${DEFAULT-VALUE}).")
    int partitions = 3;

    @Option(names = "--flush-each-write", negatable = true, description = "Flush every append of the broker to "
            + "disk before acknowledging it (default: on for the single broker, decision 0011; off on a cluster, where "
            + "two copies hold each acknowledged write, decision 0013).")
    @Nullable Boolean flushEachWrite;

    @Option(names = "--faster-restarts", negatable = true, description = "Start each service from a class-data "
            + "archive, prepared in the background once per build (a few minutes of CPU after the first up), "
            + "so that a restart takes a few tenths of a second less (default: ${DEFAULT-VALUE}).")
    boolean fasterRestarts;

    @Option(names = "--service-port", paramLabel = "name=port",
            description = "Another port for a service, e.g. --service-port handoff=9184 (default: 8080-8085); with "
                    + "--cluster also for an instance, e.g. --service-port handoff-b=9284 (default: instance a's + 100).")
    Map<String, Integer> servicePorts = new LinkedHashMap<>();

    @Option(names = "--smtp-host", description = "A real SMTP server for the delivery service's e-mails, instead of the "
            + "local mail catcher (then none runs); its user name and password from SPRING_MAIL_USERNAME and "
            + "SPRING_MAIL_PASSWORD in this environment, which every service inherits.")
    @Nullable String smtpHost;

    @Option(names = "--smtp-port", description = "SMTP port of the mail catcher, or of the --smtp-host server "
            + "(default: ${DEFAULT-VALUE}).")
    int smtpPort = MailSettings.DEFAULT_SMTP_PORT;

    @Option(names = "--imap-port", description = "IMAP port of the mail catcher (default: ${DEFAULT-VALUE}; any user "
            + "name and password).")
    int imapPort = MailSettings.DEFAULT_IMAP_PORT;

    @Option(names = "--mail-web-port", description = "Port of the mail catcher's web view and REST API, where the "
            + "e-mails are read in a browser (default: ${DEFAULT-VALUE}).")
    int mailWebPort = MailSettings.DEFAULT_API_PORT;

    @Option(names = "--service-property", paramLabel = "key=value",
            description = "A setting given to every service, e.g. --service-property logging.level.root=DEBUG.")
    List<String> serviceProperties = new ArrayList<>();

    @Option(names = "--log-format", paramLabel = "text|json", converter = LogFormatConverter.class,
            description = "The services' logs: text (default) or json: one JSON object a line (Elastic Common Schema) "
                    + "with the trace id, event id, forum id and service.")
    Observability.LogFormat logFormat = Observability.LogFormat.TEXT;

    @Option(names = "--otlp-endpoint", paramLabel = "url",
            description = "Send the services' traces there (OTLP over HTTP), e.g. http://localhost:4318/v1/traces "
                    + "(an OpenTelemetry Collector); none by default.")
    @Nullable String otlpEndpoint;

    /** {@code text} or {@code json}, in any case. */
    static final class LogFormatConverter implements picocli.CommandLine.ITypeConverter<Observability.LogFormat> {
        @Override
        public Observability.LogFormat convert(String value) {
            return Observability.LogFormat.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!cluster && (!brokerPorts.isEmpty() || !controllerPorts.isEmpty())) {
            throw new IllegalStateException("--broker-ports and --controller-ports are for a cluster: add --cluster, "
                    + "or give the single broker --port and --controller-port");
        }
        Path data = dataDir != null ? dataDir : cluster ? Path.of("data", "cluster") : Path.of("data", "kafka");
        boolean flush = flushEachWrite != null ? flushEachWrite : !cluster;
        @Nullable ClusterSettings clusterSettings = cluster ? clusterSettings(data, flush) : null;
        Path secrets = KafkaCredentials.fileBeside(data);
        String bootstrapServers = clusterSettings != null ? clusterSettings.bootstrapServers() : "localhost:" + port;
        DataLock lock = DataLock.acquire(data);
        AtomicReference<RelaySystem> running = new AtomicReference<>();
        Instant startedAt = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
        StatusServer status;
        try {
            // Served from the first moment: while the system starts, it lists no process yet.
            status = StatusServer.start(statusPort, () -> {
                RelaySystem system = running.get();
                return system != null ? system.status() : new SystemStatus(ProcessHandle.current().pid(),
                        startedAt.toString(), bootstrapServers, data.toAbsolutePath().toString(), List.of(),
                        cluster ? SystemStatus.CLUSTER : SystemStatus.SINGLE);
            });
        } catch (RuntimeException e) {
            lock.close();
            throw new IllegalStateException("Port " + statusPort + " (forumctl's status) is already in use by another "
                    + "process; nothing was started. Stop that process first (it shows with: ss -ltnp 'sport = :"
                    + statusPort + "').", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping services and Kafka...");
            status.close();
            RelaySystem system = running.get();
            if (system != null) {
                system.close();
            }
            lock.close();
            stopped.countDown();
        }, "forumctl-shutdown"));
        RelaySystem system;
        try {
            // Kafka requires authentication (decision 0015): one password per principal, made once per data folder.
            boolean logBeforeCredentials = !java.nio.file.Files.isRegularFile(secrets) && formatted(data, clusterSettings);
            if (logBeforeCredentials && clusterSettings != null) {
                throw new IllegalStateException("The cluster's log in " + data.toAbsolutePath() + " was formatted before "
                        + "Kafka required authentication (decision 0015) and has no credential for admin, which its nodes "
                        + "sign in to each other with; nothing was started or changed. Move " + data + " away and start again.");
            }
            KafkaCredentials credentials = KafkaCredentials.loadOrCreate(secrets);
            if (logBeforeCredentials) {
                secureExistingLog(data, credentials);
            }
            System.out.println("Kafka requires SASL/SCRAM-SHA-256: each service its own principal, ACLs for each; "
                    + "credentials in " + secrets + " (owner-only; docs/other-clients.md)");
            List<String> serviceArgs = new ArrayList<>(List.of(
                    "--relay.console.supervisor-url=http://localhost:" + statusPort + "/status"));
            serviceArgs.addAll(Observability.serviceArgs(logFormat, otlpEndpoint));
            serviceProperties.forEach(p -> serviceArgs.add("--" + p));
            if (clusterSettings != null) {
                ClusterSettings settings = clusterSettings;
                System.out.println("Starting a 3-broker Kafka cluster (KRaft) at " + settings.bootstrapServers()
                        + " (controllers " + settings.voters() + "), logs in " + settings.dataDir().toAbsolutePath()
                        + "/kafka-1..3" + (flush ? " (each write flushed to disk)" : " (two copies hold each write)"));
                System.out.println("Starting two instances of each service (logs in " + logDir.toAbsolutePath() + ") ...");
                system = RelaySystem.startCluster(settings.withCredentials(credentials), partitions, home, logDir, servicePorts, serviceArgs,
                        fasterRestarts, mail());
            } else {
                System.out.println("Starting Kafka (KRaft) on localhost:" + port + ", log in " + data.toAbsolutePath()
                        + (flush ? " (each write flushed to disk)" : " (flushed by the operating system)"));
                System.out.println("Starting services (logs in " + logDir.toAbsolutePath() + ") ...");
                system = RelaySystem.start(new BrokerSettings("localhost", port, controllerPort, data)
                                .withFlushEachWrite(flush).withOverrides(brokerProperties).withCredentials(credentials),
                        partitions, home, logDir, ServiceInstance.byService(servicePorts), serviceArgs, fasterRestarts, mail());
            }
        } catch (RuntimeException e) {
            status.close();
            lock.close();
            throw e instanceof IllegalArgumentException ? new IllegalStateException(e.getMessage(), e) : e;
        }
        system.supervise(System.out);
        running.set(system);
        printWhatRuns(system);
        if (fasterRestarts) {
            system.prepareFasterRestarts(System.out, logDir.resolve("cds-training.log"));
        }
        stopped.await();
        return 0;
    }

    /** The mail catcher on the ports given, or the real SMTP server of --smtp-host. */
    MailSettings mail() {
        return new MailSettings(smtpHost, smtpPort, imapPort, mailWebPort);
    }

    /** True if a Kafka log is already formatted in the data folder. */
    private static boolean formatted(Path data, @Nullable ClusterSettings cluster) {
        return cluster == null ? java.nio.file.Files.exists(data.resolve("meta.properties"))
                : cluster.nodeIds().stream().anyMatch(id -> java.nio.file.Files.exists(cluster.nodeDir(id).resolve("meta.properties")));
    }

    /**
     * A single node's log kept from before Kafka was secured has no SCRAM credential for admin, which the node signs
     * in to itself with (transaction markers): it is written once, the node started unsecured for that moment.
     */
    private void secureExistingLog(Path data, KafkaCredentials credentials) {
        System.out.println("Writing admin's SCRAM credential into the existing log (kept from before Kafka required "
                + "authentication, decision 0015) ...");
        KraftBroker.writeAdminCredential(new BrokerSettings("localhost", port, controllerPort, data)
                .withOverrides(brokerProperties).withCredentials(credentials));
    }

    /** The cluster on --broker-ports/--controller-ports, else on --port/--controller-port and the next but one ports. */
    private ClusterSettings clusterSettings(Path data, boolean flush) {
        ClusterSettings settings = ClusterSettings.onLoopback(port, controllerPort, data);
        if (!brokerPorts.isEmpty() || !controllerPorts.isEmpty()) {
            try {
                settings = new ClusterSettings("localhost", brokerPorts.isEmpty() ? settings.ports() : brokerPorts,
                        controllerPorts.isEmpty() ? settings.controllerPorts() : controllerPorts, data, Map.of());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(e.getMessage() + "; nothing was started", e);
            }
        }
        Map<String, String> overrides = new LinkedHashMap<>(brokerProperties);
        if (flush) {
            overrides.putIfAbsent("log.flush.interval.messages", "1");
        }
        return settings.withOverrides(overrides);
    }

    private void printWhatRuns(RelaySystem system) {
        System.out.println("Kafka is up at " + system.bootstrapServers() + "; topics (kept for ever):");
        for (RelayTopic topic : RelayTopic.values()) {
            System.out.println("  " + topic.topicName() + " (+ " + topic.deadLetterTopicName() + "), written by "
                    + topic.producer());
        }
        if (!system.brokers().isEmpty()) {
            System.out.println("Kafka brokers (each restarted if it exits; three copies of each partition, "
                    + "a write acknowledged once two hold it):");
            for (BrokerProcess broker : system.brokers()) {
                System.out.println("  " + broker.name() + "  " + broker.bootstrapServers() + "  (pid " + broker.pid()
                        + "; log " + broker.logFile() + ")");
            }
        }
        ServiceProcess issuer = system.service(RelayService.IDENTITY);
        System.out.println("Identity (OpenID Connect issuer, demo accounts, password " + EmbeddedIssuer.DEMO_PASSWORD
                + "): " + issuer.baseUrl() + "  (pid " + issuer.pid() + "; sign in: ./forumctl.sh login --user operator"
                + (issuer.port() == RelayService.IDENTITY.defaultPort() ? "" : " --issuer " + issuer.baseUrl()) + ")");
        System.out.println("Services (each restarted if it exits):");
        for (ServiceProcess service : system.services()) {
            if (!service.service().runsOnce()) {
                System.out.println("  " + service.name() + "  " + service.baseUrl() + "  (pid " + service.pid()
                        + "; API docs: /swagger-ui.html, readiness: /actuator/health/readiness)");
            }
        }
        System.out.println("Operator console: " + system.service(RelayService.CONSOLE).baseUrl()
                + "  (live stream, relay track, forum pages, audit, processes; Қазақша / Русский / English)");
        MailSettings mail = system.mail();
        if (mail.catcher()) {
            System.out.println("Mail catcher (GreenMail; delivery's e-mails stay here): read them at " + mail.webUrl()
                    + "  (REST: " + mail.webUrl() + "/api/user/<address>/messages/), SMTP localhost:" + mail.smtpPort()
                    + ", IMAP localhost:" + mail.imapPort() + " (any user name and password)"
                    + system.mailCatcher().map(c -> "  (pid " + c.pid() + "; log " + c.logFile() + ")").orElse(""));
        } else {
            System.out.println("E-mails go out through the SMTP server " + mail.deliveryHost() + ":" + mail.smtpPort()
                    + " (no mail catcher runs)");
        }
        System.out.println("Notification delivery: ./forumctl.sh subscribe --email you@example.kz   "
                + "(./forumctl.sh subscriptions, ./forumctl.sh deliveries)");
        System.out.println("Status: ./forumctl.sh status   (http://localhost:" + statusPort + "/status)");
        System.out.println("Ready. Drive a whole series with: ./forumctl.sh demo   (live stream: ./forumctl.sh tail)");
        System.out.println("Press Ctrl-C to stop.");
    }
}
