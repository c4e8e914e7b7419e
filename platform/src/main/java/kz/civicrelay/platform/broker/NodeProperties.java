package kz.civicrelay.platform.broker;

import java.util.Map;
import java.util.Properties;

import kz.civicrelay.platform.security.KafkaCredentials;
import kz.civicrelay.platform.security.KafkaPrincipal;
import kz.civicrelay.platform.security.SaslClient;

/**
 * The server properties of a relay KRaft node, the embedded single node and each node of the cluster
 * alike: one place for the relay's broker defaults. What differs is the quorum (who votes, how many
 * copies of each partition) and the flush: the single node flushes each write, a cluster does not.
 */
final class NodeProperties {

    static final String CONTROLLER_LISTENER = "CONTROLLER";
    /** The client (and inter-node) listener of a secured node. */
    static final String SASL_LISTENER = "SASL_PLAINTEXT";
    static final String AUTHORIZER = "org.apache.kafka.metadata.authorizer.StandardAuthorizer";

    private NodeProperties() {
    }

    /** {@code settings} as server properties, the controller listening on {@code controllerPort}. */
    static Properties of(BrokerSettings settings, int controllerPort) {
        String host = settings.host();
        Quorum quorum = settings.quorum();
        String replicas = String.valueOf(quorum.replicationFactor());
        String minInsync = String.valueOf(quorum.minInsyncReplicas());
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(quorum.nodeId())),
                Map.entry("controller.quorum.voters", quorum.isAlone()
                        ? quorum.nodeId() + "@" + host + ":" + controllerPort : String.join(",", quorum.voters())),
                Map.entry("listeners", "PLAINTEXT://" + host + ":" + settings.port()
                        + "," + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://" + host + ":" + settings.port()),
                Map.entry("controller.listener.names", CONTROLLER_LISTENER),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", settings.dataDir().toAbsolutePath().toString()),
                Map.entry("num.partitions", "3"),
                Map.entry("auto.create.topics.enable", "false"),
                // Every partition on every node (3 on a cluster, 1 alone); a write is acknowledged (acks=all)
                // once all but one copy hold it: on a cluster, one node may die without losing a write or
                // stopping the writers.
                Map.entry("default.replication.factor", replicas),
                Map.entry("min.insync.replicas", minInsync),
                Map.entry("offsets.topic.replication.factor", replicas),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", replicas),
                Map.entry("transaction.state.log.min.isr", minInsync),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("share.coordinator.state.topic.replication.factor", replicas),
                Map.entry("share.coordinator.state.topic.min.isr", minInsync),
                // Only a copy that holds every acknowledged write may lead (Kafka's default, stated).
                Map.entry("unclean.leader.election.enable", "false"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // Members may ask for sessions down to 1 s (Kafka's floor: 6 s), so that a service holding a
                // lease through its group membership is replaced within seconds when it dies.
                Map.entry("group.min.session.timeout.ms", "1000"),
                // Durability. Alone, one node holds the only copy of the log: every append (events, commit
                // markers, offsets, transaction state) is flushed to disk before it is acknowledged (decision
                // 0011). On a cluster durability comes from replication instead (min.insync.replicas copies
                // hold each acknowledged write, decision 0013): the nodes leave flushing to the OS.
                Map.entry("log.flush.interval.messages", settings.flushEachWrite() ? "1" : String.valueOf(Long.MAX_VALUE)),
                // A service stopped for longer than a week keeps its consumer group's offsets (default: 7 days).
                Map.entry("offsets.retention.minutes", String.valueOf(Integer.MAX_VALUE)),
                // A producer killed in a transaction blocks read_committed readers until the transaction is
                // aborted; its timeout is checked this often (default 10 s).
                Map.entry("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000"),
                // The log cleaner's dedupe buffer is allocated on the heap at start-up (128 MiB by default);
                // the compacted topics of one relay need far less, and the node's heap is small.
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024))));
        if (!quorum.isAlone()) {
            // A node that stops heartbeating is fenced by the controller after this, and its partitions led
            // elsewhere; Kafka's 9 s stalled every write that long, nearly the services' transaction timeout
            // (10 s). 3 s with a heartbeat each 0.5 s (decision 0013).
            p.put("broker.session.timeout.ms", "3000");
            p.put("broker.heartbeat.interval.ms", "500");
        }
        KafkaCredentials credentials = settings.credentials();
        if (credentials != null) {
            secure(p, settings, controllerPort, credentials.password(KafkaPrincipal.ADMIN));
        }
        p.putAll(settings.overrides());
        return p;
    }

    /**
     * Decision 0015: clients and the other nodes authenticate with SASL/SCRAM-SHA-256 on the client listener
     * (credentials in the cluster's metadata, {@code admin}'s written at format); the controller listener takes
     * PLAIN with {@code admin}'s password in the node's own JAAS settings, as KRaft's controllers cannot serve
     * SCRAM (they hold the credentials the brokers learn). Nodes talk to each other as {@code admin}, the only
     * super user; every other principal may do only what its ACLs allow, and nothing without one.
     */
    private static void secure(Properties p, BrokerSettings settings, int controllerPort, String adminPassword) {
        String host = settings.host();
        String admin = KafkaPrincipal.ADMIN.userName();
        String client = SASL_LISTENER.toLowerCase(java.util.Locale.ROOT);
        String controller = CONTROLLER_LISTENER.toLowerCase(java.util.Locale.ROOT);
        p.put("listeners", SASL_LISTENER + "://" + host + ":" + settings.port()
                + "," + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
        p.put("advertised.listeners", SASL_LISTENER + "://" + host + ":" + settings.port());
        p.put("inter.broker.listener.name", SASL_LISTENER);
        p.put("listener.security.protocol.map", SASL_LISTENER + ":SASL_PLAINTEXT," + CONTROLLER_LISTENER + ":SASL_PLAINTEXT");
        p.put("sasl.mechanism.inter.broker.protocol", SaslClient.SCRAM);
        p.put("sasl.mechanism.controller.protocol", SaslClient.PLAIN);
        p.put("listener.name." + client + ".sasl.enabled.mechanisms", SaslClient.SCRAM);
        p.put("listener.name." + client + ".scram-sha-256.sasl.jaas.config", SaslClient.scramJaas(admin, adminPassword));
        p.put("listener.name." + controller + ".sasl.enabled.mechanisms", SaslClient.PLAIN);
        p.put("listener.name." + controller + ".plain.sasl.jaas.config", SaslClient.plainJaas(admin, adminPassword, true));
        p.put("authorizer.class.name", AUTHORIZER);
        p.put("allow.everyone.if.no.acl.found", "false");
        p.put("super.users", KafkaPrincipal.ADMIN.principal());
    }
}
