package kz.civicrelay.platform.broker;

import java.nio.file.Path;

/**
 * Where the embedded broker listens and keeps its log.
 *
 * @param controllerPort 0 picks a free port
 */
public record BrokerSettings(String host, int port, int controllerPort, Path dataDir) {

    /** The embedded default: localhost:9092, controller on 9093, log under ./data/kafka. */
    public static BrokerSettings embeddedDefault() {
        return new BrokerSettings("localhost", 9092, 9093, Path.of("data", "kafka"));
    }

    /** A broker on free ports with its log in the given folder (tests). */
    public static BrokerSettings onFreePorts(Path dataDir) {
        return new BrokerSettings("localhost", KraftBroker.freePort(), 0, dataDir);
    }
}
