package kz.civicrelay.forumctl;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import kz.civicrelay.forumctl.system.RelayService;
import kz.civicrelay.forumctl.system.RelaySystem;
import kz.civicrelay.platform.broker.BrokerSettings;
import kz.civicrelay.platform.topics.RelayTopic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the embedded system: a real KRaft broker (log under ./data), the relay topics, and every service. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Starts the embedded Kafka broker (KRaft, data under ./data), creates the relay topics and "
                + "starts every service as its own JVM; runs until Ctrl-C.")
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

    @Option(names = "--partitions", description = "Partitions of each relay topic (default: ${DEFAULT-VALUE}).")
    int partitions = 3;

    @Override
    public Integer call() throws InterruptedException {
        System.out.println("Starting Kafka (KRaft) on localhost:" + port + ", log in " + dataDir.toAbsolutePath());
        System.out.println("Starting services (logs in " + logDir.toAbsolutePath() + ") ...");
        RelaySystem system = RelaySystem.start(new BrokerSettings("localhost", port, controllerPort, dataDir),
                partitions, home, logDir, new EnumMap<>(RelayService.class));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping services and Kafka...");
            system.close();
            stopped.countDown();
        }, "forumctl-shutdown"));
        System.out.println("Kafka is up at " + system.bootstrapServers() + "; topics:");
        for (RelayTopic topic : RelayTopic.values()) {
            System.out.println("  " + topic.topicName() + " (+ " + topic.deadLetterTopicName() + "), written by "
                    + topic.producer());
        }
        System.out.println("Services:");
        for (Map.Entry<RelayService, Integer> s : defaultPorts().entrySet()) {
            System.out.println("  " + s.getKey().serviceName() + "  http://localhost:" + s.getValue()
                    + "  (API docs: /swagger-ui.html, health: /actuator/health)");
        }
        System.out.println("Operator console: http://localhost:" + RelayService.CONSOLE.defaultPort()
                + "  (live stream, relay track, forum pages, audit; Қазақша / Русский / English)");
        System.out.println("Ready. Drive a whole series with: ./forumctl.sh demo   (live stream: ./forumctl.sh tail)");
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
        return 0;
    }

    private static Map<RelayService, Integer> defaultPorts() {
        Map<RelayService, Integer> ports = new EnumMap<>(RelayService.class);
        for (RelayService service : RelayService.values()) {
            ports.put(service, service.defaultPort());
        }
        return ports;
    }
}
