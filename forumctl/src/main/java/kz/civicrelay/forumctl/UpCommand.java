package kz.civicrelay.forumctl;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import kz.civicrelay.forumctl.system.DataLock;
import kz.civicrelay.forumctl.system.RelayService;
import kz.civicrelay.forumctl.system.RelaySystem;
import kz.civicrelay.forumctl.system.StatusServer;
import kz.civicrelay.forumctl.system.SystemStatus;
import kz.civicrelay.platform.broker.BrokerSettings;
import kz.civicrelay.platform.topics.RelayTopic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Starts the embedded system: a real KRaft broker (log under ./data), the relay topics, and every
 * service; then supervises it until Ctrl-C.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Starts the embedded Kafka broker (KRaft, data under ./data), creates the relay topics and "
                + "starts every service as its own JVM; restarts a service that exits; runs until Ctrl-C. "
                + "Refuses at once if another up runs on the same data folder.")
final class UpCommand implements Callable<Integer> {

    @Option(names = "--home", description = "Project folder holding services/*/target (default: ${DEFAULT-VALUE}).")
    Path home = Path.of(".");

    @Option(names = "--data", description = "Folder of the broker's log (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("data", "kafka");

    @Option(names = "--logs", description = "Folder of the services' logs (default: ${DEFAULT-VALUE}).")
    Path logDir = Path.of("data", "logs");

    @Option(names = "--port", description = "Broker port for clients (default: ${DEFAULT-VALUE}).")
    int port = 9092;

    @Option(names = "--controller-port", description = "KRaft controller port (default: ${DEFAULT-VALUE}).")
    int controllerPort = 9093;

    @Option(names = "--status-port", description = "Port of the status this command serves to forumctl status and "
            + "the console (default: ${DEFAULT-VALUE}).")
    int statusPort = StatusServer.DEFAULT_PORT;

    @Option(names = "--partitions", description = "Partitions of each relay topic (default: ${DEFAULT-VALUE}).")
    int partitions = 3;

    @Option(names = "--flush-each-write", negatable = true, description = "Flush every append of the broker to "
            + "disk before acknowledging it (default: ${DEFAULT-VALUE}; decision 0011).")
    boolean flushEachWrite = true;

    @Option(names = "--faster-restarts", negatable = true, description = "Start each service from a class-data "
            + "archive, prepared in the background once per build (a few minutes of CPU after the first up), "
            + "so that a restart takes a few tenths of a second less (default: ${DEFAULT-VALUE}).")
    boolean fasterRestarts;

    @Option(names = "--service-port", paramLabel = "service=port",
            description = "Another port for a service, e.g. --service-port handoff=9184 (default: 8080-8084).")
    Map<RelayService, Integer> servicePorts = new EnumMap<>(RelayService.class);

    @Option(names = "--service-property", paramLabel = "key=value",
            description = "A setting given to every service, e.g. --service-property logging.level.root=DEBUG.")
    List<String> serviceProperties = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        DataLock lock = DataLock.acquire(dataDir);
        AtomicReference<RelaySystem> running = new AtomicReference<>();
        Instant startedAt = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
        StatusServer status;
        try {
            // Served from the first moment: while the system starts, it lists no process yet.
            status = StatusServer.start(statusPort, () -> {
                RelaySystem system = running.get();
                return system != null ? system.status() : new SystemStatus(ProcessHandle.current().pid(),
                        startedAt.toString(), "localhost:" + port, dataDir.toAbsolutePath().toString(), List.of());
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
            System.out.println("Starting Kafka (KRaft) on localhost:" + port + ", log in " + dataDir.toAbsolutePath()
                    + (flushEachWrite ? " (each write flushed to disk)" : " (flushed by the operating system)"));
            System.out.println("Starting services (logs in " + logDir.toAbsolutePath() + ") ...");
            List<String> serviceArgs = new ArrayList<>(List.of(
                    "--relay.console.supervisor-url=http://localhost:" + statusPort + "/status"));
            serviceProperties.forEach(p -> serviceArgs.add("--" + p));
            system = RelaySystem.start(
                    new BrokerSettings("localhost", port, controllerPort, dataDir).withFlushEachWrite(flushEachWrite),
                    partitions, home, logDir, servicePorts, serviceArgs, fasterRestarts);
        } catch (RuntimeException e) {
            status.close();
            lock.close();
            throw e;
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

    private void printWhatRuns(RelaySystem system) {
        System.out.println("Kafka is up at " + system.bootstrapServers() + "; topics (kept for ever):");
        for (RelayTopic topic : RelayTopic.values()) {
            System.out.println("  " + topic.topicName() + " (+ " + topic.deadLetterTopicName() + "), written by "
                    + topic.producer());
        }
        System.out.println("Services (each restarted if it exits):");
        for (RelayService service : RelayService.values()) {
            if (service != RelayService.CONSOLE) {
                System.out.println("  " + service.serviceName() + "  " + system.service(service).baseUrl()
                        + "  (pid " + system.service(service).pid() + "; API docs: /swagger-ui.html, readiness: "
                        + "/actuator/health/readiness)");
            }
        }
        System.out.println("Operator console: " + system.service(RelayService.CONSOLE).baseUrl()
                + "  (live stream, relay track, forum pages, audit, processes; Қазақша / Русский / English)");
        System.out.println("Status: ./forumctl.sh status   (http://localhost:" + statusPort + "/status)");
        System.out.println("Ready. Drive a whole series with: ./forumctl.sh demo   (live stream: ./forumctl.sh tail)");
        System.out.println("Press Ctrl-C to stop.");
    }
}
