package kz.civicrelay.platform.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;

import org.apache.kafka.common.Uuid;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.platform.security.KafkaCredentials;

/**
 * A cluster of three KRaft nodes on one host (node ids 1, 2, 3, each broker and controller): each with
 * its client port, its controller port and its log folder {@code <dataDir>/kafka-<id>}, all formatted
 * once with one cluster id kept beside them in {@code <dataDir>/cluster.id}.
 *
 * @param ports           client ports of nodes 1, 2, 3
 * @param controllerPorts controller ports of nodes 1, 2, 3 (the quorum's voters)
 * @param overrides       further broker settings of every node, over the relay's defaults
 * @param credentials     secured (decision 0015), as {@link BrokerSettings#credentials()}; null: unsecured
 */
public record ClusterSettings(String host, List<Integer> ports, List<Integer> controllerPorts, Path dataDir,
        Map<String, String> overrides, @Nullable KafkaCredentials credentials) {

    public static final int NODES = 3;
    private static final String CLUSTER_ID_FILE = "cluster.id";

    public ClusterSettings {
        ports = List.copyOf(ports);
        controllerPorts = List.copyOf(controllerPorts);
        overrides = Map.copyOf(overrides);
        if (ports.size() != NODES || controllerPorts.size() != NODES) {
            throw new IllegalArgumentException("A cluster has " + NODES + " nodes, each with a client and a controller "
                    + "port; got " + ports + " and " + controllerPorts);
        }
    }

    /** Unsecured. */
    public ClusterSettings(String host, List<Integer> ports, List<Integer> controllerPorts, Path dataDir,
            Map<String, String> overrides) {
        this(host, ports, controllerPorts, dataDir, overrides, null);
    }

    /**
     * The cluster on loopback: clients at {@code firstPort}, +2, +4 and controllers at
     * {@code firstControllerPort}, +2, +4 (from 9092 and 9093: 9092/9093, 9094/9095, 9096/9097).
     */
    public static ClusterSettings onLoopback(int firstPort, int firstControllerPort, Path dataDir) {
        return new ClusterSettings("localhost", List.of(firstPort, firstPort + 2, firstPort + 4),
                List.of(firstControllerPort, firstControllerPort + 2, firstControllerPort + 4), dataDir, Map.of());
    }

    /** The cluster of {@code forumctl up --cluster}: 9092/9093, 9094/9095, 9096/9097, logs under ./data/cluster. */
    public static ClusterSettings loopbackDefault() {
        return onLoopback(9092, 9093, Path.of("data", "cluster"));
    }

    /** Every port free right now (tests). */
    public static ClusterSettings onFreePorts(Path dataDir) {
        List<Integer> free = IntStream.range(0, 2 * NODES).mapToObj(i -> KraftBroker.freePort()).toList();
        return new ClusterSettings("localhost", free.subList(0, NODES), free.subList(NODES, 2 * NODES), dataDir, Map.of());
    }

    public ClusterSettings withOverrides(Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(overrides);
        all.putAll(more);
        return new ClusterSettings(host, ports, controllerPorts, dataDir, all, credentials);
    }

    /** Secured with these credentials (decision 0015); null: unsecured. */
    public ClusterSettings withCredentials(@Nullable KafkaCredentials secured) {
        return new ClusterSettings(host, ports, controllerPorts, dataDir, overrides, secured);
    }

    /** The settings of a client acting as {@code admin} (SASL/SCRAM when secured; none otherwise). */
    public Map<String, Object> adminClientProperties() {
        KafkaCredentials secured = credentials;
        return secured == null ? Map.of() : secured.clientProperties(kz.civicrelay.platform.security.KafkaPrincipal.ADMIN);
    }

    /** 1, 2, 3. */
    public List<Integer> nodeIds() {
        return IntStream.rangeClosed(1, NODES).boxed().toList();
    }

    /** {@code controller.quorum.voters}: {@code 1@localhost:9093}, {@code 2@localhost:9095}, … */
    public List<String> voters() {
        return nodeIds().stream().map(id -> id + "@" + host + ":" + controllerPorts.get(id - 1)).toList();
    }

    /** Every node's client address, as clients take them: {@code localhost:9092,localhost:9094,localhost:9096}. */
    public String bootstrapServers() {
        return String.join(",", nodeIds().stream().map(id -> host + ":" + ports.get(id - 1)).toList());
    }

    public Path nodeDir(int nodeId) {
        return dataDir.resolve("kafka-" + nodeId);
    }

    /**
     * Node {@code nodeId}'s settings. It does not flush each write: with three copies, an acknowledged
     * write is on at least two nodes ({@code min.insync.replicas=2}), and durability comes from replication.
     */
    public BrokerSettings node(int nodeId, String clusterId) {
        return new BrokerSettings(host, ports.get(nodeId - 1), controllerPorts.get(nodeId - 1), nodeDir(nodeId), false,
                overrides, Quorum.member(nodeId, voters(), clusterId), credentials);
    }

    /**
     * The id every node is formatted with: the one kept in {@code <dataDir>/cluster.id}; else the one a node's
     * log already carries (its {@code meta.properties}); else a new one. Kept in the file from then on.
     */
    public String clusterId() {
        Path file = dataDir.resolve(CLUSTER_ID_FILE);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            List<String> formatted = new ArrayList<>();
            for (int id : nodeIds()) {
                Path meta = nodeDir(id).resolve("meta.properties");
                if (Files.isRegularFile(meta)) {
                    Properties properties = new Properties();
                    try (InputStream in = Files.newInputStream(meta)) {
                        properties.load(in);
                    }
                    String formattedWith = properties.getProperty("cluster.id");
                    if (formattedWith != null) {
                        formatted.add(formattedWith);
                    }
                }
            }
            String id = formatted.isEmpty() ? Uuid.randomUuid().toString() : formatted.get(0);
            Files.createDirectories(dataDir);
            Path written = Files.writeString(dataDir.resolve(CLUSTER_ID_FILE + ".new"), id + System.lineSeparator(),
                    StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or keep the cluster id in " + file, e);
        }
    }
}
