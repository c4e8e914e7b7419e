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

import kz.civicrelay.platform.security.KafkaCredentials;
import kz.civicrelay.platform.security.KafkaPrincipal;
import kz.civicrelay.platform.security.SaslClient;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real Apache Kafka node in KRaft mode (broker and controller), run in this JVM from the
 * {@code kafka_2.13} Maven artifacts: alone (the embedded default) or as one node of a cluster
 * ({@link KraftNodeMain}, each node its own process). It formats its storage on first start, starts,
 * waits until a client can talk to it, and stops cleanly. Its log lives in {@link BrokerSettings#dataDir()},
 * so a restart on the same folder keeps every event.
 */
public final class KraftBroker implements AutoCloseable {

    private final BrokerSettings settings;
    private final int controllerPort;
    private @Nullable KafkaRaftServer server;

    private KraftBroker(BrokerSettings settings) {
        this.settings = settings;
        this.controllerPort = settings.controllerPort() > 0 ? settings.controllerPort() : freePort();
    }

    /** Formats (first time only), starts and waits until ready. */
    public static KraftBroker start(BrokerSettings settings) {
        KraftBroker broker = launch(settings);
        try {
            broker.awaitReady(Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    /**
     * Formats (first time only) and starts, without waiting: a node of a cluster serves clients only once
     * enough of its voters run to elect a controller.
     */
    public static KraftBroker launch(BrokerSettings settings) {
        KraftBroker broker = new KraftBroker(settings);
        broker.formatIfNew();
        broker.startup();
        return broker;
    }

    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    /**
     * For a log formatted before it was secured (decision 0015), which holds no SCRAM credential for
     * {@code admin}: starts the node once unsecured on the same folder and ports, writes {@code admin}'s credential,
     * and stops it, so that it can start secured (its nodes talk to each other as {@code admin} over SCRAM).
     * Only for a node alone: a cluster's nodes cannot start one by one.
     */
    public static void writeAdminCredential(BrokerSettings secured) {
        KafkaCredentials credentials = secured.credentials();
        if (credentials == null || !secured.quorum().isAlone()) {
            throw new IllegalArgumentException("Only a secured node alone gets admin's credential this way");
        }
        try (KraftBroker open = start(secured.withCredentials(null));
                Admin admin = admin(open.bootstrapServers(), Map.of())) {
            admin.alterUserScramCredentials(List.of(new org.apache.kafka.clients.admin.UserScramCredentialUpsertion(
                    KafkaPrincipal.ADMIN.userName(), new org.apache.kafka.clients.admin.ScramCredentialInfo(
                            org.apache.kafka.clients.admin.ScramMechanism.SCRAM_SHA_256, 8192),
                    credentials.password(KafkaPrincipal.ADMIN)))).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Cannot write admin's SCRAM credential into " + secured.dataDir(), e);
        }
    }

    /**
     * Creates topics that do not exist yet, and gives those that exist the settings of their
     * {@link NewTopic} (e.g. a retention corrected to keep everything). Partitions are never reduced.
     */
    public void createTopics(List<NewTopic> topics) {
        createTopics(bootstrapServers(), settings.adminClientProperties(), topics);
    }

    /** The settings of a client acting as this node's {@code admin}; none when the node is unsecured. */
    public Map<String, Object> adminClientProperties() {
        return settings.adminClientProperties();
    }

    /** As {@link #createTopics(List)}, on whatever (unsecured) cluster answers at {@code bootstrapServers}. */
    public static void createTopics(String bootstrapServers, List<NewTopic> topics) {
        createTopics(bootstrapServers, Map.of(), topics);
    }

    /** As {@link #createTopics(List)}, on the cluster at {@code bootstrapServers}, with {@code client} settings (SASL). */
    public static void createTopics(String bootstrapServers, Map<String, Object> client, List<NewTopic> topics) {
        try (Admin admin = admin(bootstrapServers, client)) {
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

    /** Blocks until the node has shut down ({@link #close()}, or a fatal error of its own). */
    public void awaitShutdown() {
        KafkaRaftServer running;
        synchronized (this) {
            running = server;
        }
        if (running != null) {
            running.awaitShutdown();
        }
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
        KafkaCredentials credentials = settings.credentials();
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setNodeId(settings.quorum().nodeId())
                    .setClusterId(settings.quorum().isAlone() ? Uuid.randomUuid().toString() : settings.quorum().clusterId())
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setControllerListenerName(NodeProperties.CONTROLLER_LISTENER)
                    // admin's SCRAM credential is in the log from the first start: the nodes talk to each other as
                    // admin over SCRAM before anyone could create it (decision 0015).
                    .setScramArguments(credentials == null ? List.of()
                            : List.of(SaslClient.SCRAM + "=[name=" + KafkaPrincipal.ADMIN.userName() + ",password="
                                    + credentials.password(KafkaPrincipal.ADMIN) + "]"))
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka storage in " + logDir, e);
        }
    }

    private synchronized void startup() {
        KafkaRaftServer started = new KafkaRaftServer(
                KafkaConfig.fromProps(NodeProperties.of(settings, controllerPort), false), Time.SYSTEM);
        server = started;
        started.startup();
    }

    /** Waits until a client talking to this node sees the cluster and its topics. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        RuntimeException last = null;
        while (Instant.now().isBefore(deadline)) {
            try (Admin admin = admin(bootstrapServers(), settings.adminClientProperties())) {
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

    /** An admin client of the cluster at {@code bootstrapServers}, with {@code client} settings (SASL) over the defaults. */
    public static Admin admin(String bootstrapServers, Map<String, Object> client) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
        config.putAll(client);
        return Admin.create(config);
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
