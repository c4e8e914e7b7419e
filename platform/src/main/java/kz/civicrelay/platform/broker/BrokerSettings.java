package kz.civicrelay.platform.broker;

import java.nio.file.Path;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.platform.security.KafkaCredentials;

/**
 * Where a KRaft node listens and keeps its log, how it writes it, and which quorum it votes in.
 *
 * @param controllerPort 0 picks a free port (only for a node {@link Quorum#alone() alone})
 * @param flushEachWrite every append is flushed to disk before it is acknowledged (decision 0011)
 * @param overrides further broker settings, over the relay's defaults (e.g. a short retention check in a test)
 * @param quorum alone (the embedded default) or one node of a cluster
 * @param credentials secured (decision 0015): clients authenticate with SASL/SCRAM, the controller listener
 *                    with PLAIN, both as {@code admin} between nodes, and ACLs decide; null: anyone may do
 *                    anything (the shared test broker)
 */
public record BrokerSettings(String host, int port, int controllerPort, Path dataDir, boolean flushEachWrite,
        Map<String, String> overrides, Quorum quorum, @Nullable KafkaCredentials credentials) {

    public BrokerSettings {
        overrides = Map.copyOf(overrides);
        if (!quorum.isAlone() && controllerPort <= 0) {
            throw new IllegalArgumentException("A node of a cluster needs its controller port, the one its voters know");
        }
    }

    /** Unsecured. */
    public BrokerSettings(String host, int port, int controllerPort, Path dataDir, boolean flushEachWrite,
            Map<String, String> overrides, Quorum quorum) {
        this(host, port, controllerPort, dataDir, flushEachWrite, overrides, quorum, null);
    }

    /** Alone. */
    public BrokerSettings(String host, int port, int controllerPort, Path dataDir, boolean flushEachWrite,
            Map<String, String> overrides) {
        this(host, port, controllerPort, dataDir, flushEachWrite, overrides, Quorum.alone());
    }

    /** Alone, flushing each write, no overrides. */
    public BrokerSettings(String host, int port, int controllerPort, Path dataDir) {
        this(host, port, controllerPort, dataDir, true, Map.of());
    }

    /** The embedded default: localhost:9092, controller on 9093, log under ./data/kafka. */
    public static BrokerSettings embeddedDefault() {
        return new BrokerSettings("localhost", 9092, 9093, Path.of("data", "kafka"));
    }

    /** A broker on free ports with its log in the given folder (tests). */
    public static BrokerSettings onFreePorts(Path dataDir) {
        return new BrokerSettings("localhost", KraftBroker.freePort(), 0, dataDir);
    }

    public BrokerSettings withFlushEachWrite(boolean flush) {
        return new BrokerSettings(host, port, controllerPort, dataDir, flush, overrides, quorum, credentials);
    }

    public BrokerSettings withOverrides(Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(overrides);
        all.putAll(more);
        return new BrokerSettings(host, port, controllerPort, dataDir, flushEachWrite, all, quorum, credentials);
    }

    /** Secured with these credentials (decision 0015); null: unsecured. */
    public BrokerSettings withCredentials(@Nullable KafkaCredentials secured) {
        return new BrokerSettings(host, port, controllerPort, dataDir, flushEachWrite, overrides, quorum, secured);
    }

    public boolean secured() {
        return credentials != null;
    }

    /** The settings of a client acting as {@code admin} (SASL/SCRAM when secured; none otherwise). */
    public Map<String, Object> adminClientProperties() {
        KafkaCredentials secured = credentials;
        return secured == null ? Map.of() : secured.clientProperties(kz.civicrelay.platform.security.KafkaPrincipal.ADMIN);
    }

    public String bootstrapServers() {
        return host + ":" + port;
    }
}
