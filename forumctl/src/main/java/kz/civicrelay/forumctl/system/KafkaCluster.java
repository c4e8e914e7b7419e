package kz.civicrelay.forumctl.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.kafka.clients.admin.NewTopic;

import kz.civicrelay.platform.broker.ClusterSettings;
import kz.civicrelay.platform.broker.KraftBroker;

/**
 * The relay's Kafka cluster on one machine: three KRaft nodes ({@link ClusterSettings}), each its own JVM
 * and a child of this process ({@link BrokerProcess}), their output in {@code <logDir>/kafka-<id>.log}.
 * Started together (a node serves once two of the three vote), stopped together.
 */
public final class KafkaCluster implements AutoCloseable {

    private final ClusterSettings settings;
    private final List<BrokerProcess> brokers;

    private KafkaCluster(ClusterSettings settings, List<BrokerProcess> brokers) {
        this.settings = settings;
        this.brokers = List.copyOf(brokers);
    }

    /**
     * Starts the three nodes (each formats its log folder the first time, with the cluster's one id) and
     * returns once every one is ready; stops them all if one is not.
     */
    public static KafkaCluster start(ClusterSettings settings, Path logDir, Duration readyWithin) {
        String clusterId = settings.clusterId();
        List<BrokerProcess> brokers = new ArrayList<>();
        for (int nodeId : settings.nodeIds()) {
            brokers.add(new BrokerProcess(settings.node(nodeId, clusterId), logDir.resolve("kafka-" + nodeId + ".log")));
        }
        KafkaCluster cluster = new KafkaCluster(settings, brokers);
        try {
            brokers.forEach(BrokerProcess::start);
            brokers.forEach(b -> b.awaitReady(readyWithin));
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    public ClusterSettings settings() {
        return settings;
    }

    /** Every node's client address: {@code localhost:9092,localhost:9094,localhost:9096}. */
    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    public List<BrokerProcess> brokers() {
        return brokers;
    }

    public BrokerProcess broker(int nodeId) {
        return brokers.stream().filter(b -> b.nodeId() == nodeId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No node " + nodeId + " in " + settings.nodeIds()));
    }

    /** Creates the topics that do not exist, corrects the settings of those that do. */
    public void createTopics(List<NewTopic> topics) {
        KraftBroker.createTopics(bootstrapServers(), settings.adminClientProperties(), topics);
    }

    /** SIGTERM to every node at once; each shuts down cleanly, or is killed after 30 s. */
    @Override
    public void close() {
        ChildProcess.stopAll(brokers);
    }
}
