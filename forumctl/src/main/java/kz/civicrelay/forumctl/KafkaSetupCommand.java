package kz.civicrelay.forumctl;

import java.util.concurrent.Callable;

import org.apache.kafka.clients.admin.Admin;

import kz.civicrelay.forumctl.system.Reachability;
import kz.civicrelay.platform.broker.KraftBroker;
import kz.civicrelay.platform.security.KafkaAccessControl;
import kz.civicrelay.platform.security.KafkaCredentials;
import kz.civicrelay.platform.security.KafkaPrincipal;
import kz.civicrelay.platform.security.SaslClient;
import kz.civicrelay.platform.topics.TopicsConfiguration;
import kz.civicrelay.platform.topics.TopicsProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What {@code up} does as {@code admin} before any service starts, for a cluster it does not run
 * (docker-compose's {@code kafka-setup}): the relay topics created or corrected, every principal's SCRAM
 * credential and the ACLs written (decision 0015). Idempotent. The passwords come from the environment
 * ({@code RELAY_KAFKA_<PRINCIPAL>_PASSWORD}, the compose env file), never from the command line.
 */
@Command(name = "kafka-setup", mixinStandardHelpOptions = true,
        description = "As admin, creates or corrects the relay topics and writes the principals' SCRAM credentials and "
                + "ACLs on a secured Kafka cluster; passwords from RELAY_KAFKA_<PRINCIPAL>_PASSWORD in the environment.")
final class KafkaSetupCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", description = "Kafka (default: ${DEFAULT-VALUE}).")
    String bootstrapServers = "localhost:9092";

    @Option(names = "--partitions", description = "Partitions of each relay topic (default: ${DEFAULT-VALUE}).")
    int partitions = 3;

    @Option(names = "--replication-factor", description = "Copies of each partition (default: ${DEFAULT-VALUE}).")
    short replicationFactor = 3;

    @Option(names = "--min-insync-replicas", description = "Copies that hold an acknowledged write (default: ${DEFAULT-VALUE}).")
    short minInsyncReplicas = 2;

    @Option(names = "--admin-mechanism", description = "How admin signs in: SCRAM-SHA-256, or PLAIN where the brokers "
            + "know admin from their own settings and no SCRAM credential exists yet (default: ${DEFAULT-VALUE}).")
    String mechanism = SaslClient.SCRAM;

    @Override
    public Integer call() {
        KafkaCredentials credentials = KafkaCredentials.fromEnvironment(System.getenv());
        String password = credentials.password(KafkaPrincipal.ADMIN);
        var client = SaslClient.PLAIN.equals(mechanism) ? SaslClient.plain(KafkaPrincipal.ADMIN.userName(), password)
                : SaslClient.scram(KafkaPrincipal.ADMIN.userName(), password);
        Reachability.requireBroker(bootstrapServers, client);
        KraftBroker.createTopics(bootstrapServers, client,
                TopicsConfiguration.newTopics(new TopicsProperties(partitions, replicationFactor, minInsyncReplicas)));
        try (Admin admin = KraftBroker.admin(bootstrapServers, client)) {
            KafkaAccessControl.apply(admin, credentials);
        }
        System.out.println("Relay topics, Kafka users and ACLs in place at " + bootstrapServers);
        return 0;
    }
}
