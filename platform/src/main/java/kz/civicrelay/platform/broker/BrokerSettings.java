package kz.civicrelay.platform.broker;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a KRaft node listens and keeps its log, how it writes it, and which quorum it votes in.
 *
 * @param controllerPort 0 picks a free port (only for a node {@link Quorum#alone() alone})
 * @param flushEachWrite every append is flushed to disk before it is acknowledged (decision 0011)
 * @param overrides further broker settings, over the relay's defaults (e.g. a short retention check in a test)
 * @param quorum alone (the embedded default) or one node of a cluster
 */
public record BrokerSettings(String host, int port, int controllerPort, Path dataDir, boolean flushEachWrite,
        Map<String, String> overrides, Quorum quorum) {

    public BrokerSettings {
        overrides = Map.copyOf(overrides);
        if (!quorum.isAlone() && controllerPort <= 0) {
            throw new IllegalArgumentException("A node of a cluster needs its controller port, the one its voters know");
        }
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
        return new BrokerSettings(host, port, controllerPort, dataDir, flush, overrides, quorum);
    }

    public BrokerSettings withOverrides(Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(overrides);
        all.putAll(more);
        return new BrokerSettings(host, port, controllerPort, dataDir, flushEachWrite, all, quorum);
    }

    public String bootstrapServers() {
        return host + ":" + port;
    }
}
