package kz.civicrelay.forumctl;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import kz.civicrelay.platform.broker.BrokerSettings;
import kz.civicrelay.platform.broker.KraftBroker;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.platform.topics.TopicsConfiguration;
import kz.civicrelay.platform.topics.TopicsProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the embedded system: a real KRaft broker with its log under ./data, and the relay topics. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Starts the embedded Kafka broker (KRaft, data under ./data) and creates the relay topics; "
                + "runs until Ctrl-C.")
final class UpCommand implements Callable<Integer> {

    @Option(names = "--data", description = "Folder of the broker's log (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("data", "kafka");

    @Option(names = "--port", description = "Broker port for clients (default: ${DEFAULT-VALUE}).")
    int port = 9092;

    @Option(names = "--controller-port", description = "KRaft controller port (default: ${DEFAULT-VALUE}).")
    int controllerPort = 9093;

    @Option(names = "--partitions", description = "Partitions of each relay topic (default: ${DEFAULT-VALUE}).")
    int partitions = 3;

    @Override
    public Integer call() throws InterruptedException {
        System.out.println("Starting Kafka (KRaft) on localhost:" + port + ", log in " + dataDir.toAbsolutePath());
        KraftBroker broker = KraftBroker.start(new BrokerSettings("localhost", port, controllerPort, dataDir));
        broker.createTopics(TopicsConfiguration.newTopics(new TopicsProperties(partitions, (short) 1)));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Kafka...");
            broker.close();
            stopped.countDown();
        }, "forumctl-shutdown"));
        System.out.println("Kafka is up at " + broker.bootstrapServers() + "; topics:");
        for (RelayTopic topic : RelayTopic.values()) {
            System.out.println("  " + topic.topicName() + " (+ " + topic.deadLetterTopicName() + "), written by "
                    + topic.producer());
        }
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
        return 0;
    }
}
