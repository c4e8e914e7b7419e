package kz.civicrelay.platform.broker;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded broker listens and keeps its log, and how it writes it.
 *
 * @param controllerPort 0 picks a free port
 * @param flushEachWrite every append is flushed to disk before it is acknowledged (decision 0011)
 * @param overrides further broker settings, over the embedded defaults (e.g. a short retention check in a test)
 */
public record BrokerSettings(String host, int port, int controllerPort, Path dataDir, boolean flushEachWrite,
        Map<String, String> overrides) {

    public BrokerSettings {
        overrides = Map.copyOf(overrides);
    }

    /** Flushing each write, no overrides. */
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
        return new BrokerSettings(host, port, controllerPort, dataDir, flush, overrides);
    }

    public BrokerSettings withOverrides(Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(overrides);
        all.putAll(more);
        return new BrokerSettings(host, port, controllerPort, dataDir, flushEachWrite, all);
    }
}
