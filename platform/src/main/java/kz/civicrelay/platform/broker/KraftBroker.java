package kz.civicrelay.platform.broker;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.jspecify.annotations.Nullable;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real Apache Kafka broker in KRaft mode (one node, broker and controller), run in this JVM from
 * the {@code kafka_2.13} Maven artifacts: it formats its storage on first start, starts, waits
 * until a client can talk to it, and stops cleanly. Its log lives in {@link BrokerSettings#dataDir()},
 * so a restart on the same folder keeps every event.
 */
public final class KraftBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final BrokerSettings settings;
    private final int controllerPort;
    private @Nullable KafkaRaftServer server;

    private KraftBroker(BrokerSettings settings) {
        this.settings = settings;
        this.controllerPort = settings.controllerPort() > 0 ? settings.controllerPort() : freePort();
    }

    /** Formats (first time only), starts and waits until ready. */
    public static KraftBroker start(BrokerSettings settings) {
        KraftBroker broker = new KraftBroker(settings);
        broker.formatIfNew();
        broker.startAndAwaitReady();
        return broker;
    }

    public String bootstrapServers() {
        return settings.host() + ":" + settings.port();
    }

    /**
     * Creates topics that do not exist yet, and gives those that exist the settings of their
     * {@link NewTopic} (e.g. a retention corrected to keep everything). Partitions are never reduced.
     */
    public void createTopics(List<NewTopic> topics) {
        try (Admin admin = admin()) {
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + topic.name(), e.getCause());
                    }
                    correctConfigs(admin, topic);
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot correct topic settings", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Broker did not create topics in time", e);
        }
    }

    private static void correctConfigs(Admin admin, NewTopic topic)
            throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        Map<String, String> configs = topic.configs();
        if (configs == null || configs.isEmpty()) {
            return;
        }
        List<AlterConfigOp> set = configs.entrySet().stream()
                .map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()), AlterConfigOp.OpType.SET))
                .toList();
        admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), set))
                .all().get(30, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    private void formatIfNew() {
        Path logDir = settings.dataDir().toAbsolutePath();
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka storage in " + logDir, e);
        }
    }

    private synchronized void startAndAwaitReady() {
        server = new KafkaRaftServer(KafkaConfig.fromProps(serverProperties(), false), Time.SYSTEM);
        server.startup();
        awaitReady(Duration.ofSeconds(60));
    }

    private Properties serverProperties() {
        String host = settings.host();
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://" + host + ":" + settings.port()
                        + "," + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://" + host + ":" + settings.port()),
                Map.entry("controller.listener.names", CONTROLLER_LISTENER),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", settings.dataDir().toAbsolutePath().toString()),
                Map.entry("num.partitions", "3"),
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // The services' lease groups use sessions of a few seconds (decision 0014); Kafka's floor is 6 s.
                Map.entry("group.min.session.timeout.ms", "1000"),
                // One node holds the only copy of the log: every append (events, commit markers, offsets,
                // transaction state) is flushed to disk before it is acknowledged (decision 0011).
                Map.entry("log.flush.interval.messages", settings.flushEachWrite() ? "1" : String.valueOf(Long.MAX_VALUE)),
                // A service stopped for longer than a week keeps its consumer group's offsets (default: 7 days).
                Map.entry("offsets.retention.minutes", String.valueOf(Integer.MAX_VALUE)),
                // A producer killed in a transaction blocks read_committed readers until the transaction is
                // aborted; its timeout is checked this often (default 10 s).
                Map.entry("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000"),
                // The log cleaner's dedupe buffer is allocated on the heap at start-up (128 MiB by default);
                // the compacted topics of one relay need far less, and the broker shares its JVM.
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024))));
        p.putAll(settings.overrides());
        return p;
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        RuntimeException last = null;
        while (Instant.now().isBefore(deadline)) {
            try (Admin admin = admin()) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                admin.listTopics().names().get(5, TimeUnit.SECONDS);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (Exception e) {
                last = new IllegalStateException(e);
                sleep(200);
            }
        }
        throw new IllegalStateException("Kafka broker at " + bootstrapServers() + " not ready after " + timeout, last);
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A port nobody listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
