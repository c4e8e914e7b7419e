package kz.civicrelay.forumctl.system;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.platform.broker.KraftBroker;
import kz.civicrelay.platform.security.KafkaAccessControl;
import kz.civicrelay.platform.security.KafkaCredentials;
import kz.civicrelay.platform.security.KafkaPrincipal;

/**
 * How {@code up} puts decision 0015 into effect on a secured Kafka: as {@code admin} it writes every principal's
 * SCRAM credential and the ACLs (each start, idempotently), and gives each service instance its own principal
 * in its environment. Unsecured ({@code null} credentials), everything here is a no-op.
 */
final class KafkaAccess {

    private KafkaAccess() {
    }

    /** Users and ACLs as {@link kz.civicrelay.platform.security.KafkaAcls} lists them. */
    static void grant(String bootstrapServers, KafkaCredentials credentials) {
        try (Admin admin = KraftBroker.admin(bootstrapServers, credentials.clientProperties(KafkaPrincipal.ADMIN))) {
            KafkaAccessControl.apply(admin, credentials);
        }
    }

    /** The service's principal in its environment; none when unsecured or when the service has no principal. */
    static Map<String, String> serviceEnvironment(RelayService service, @Nullable KafkaCredentials credentials) {
        if (credentials == null) {
            return Map.of();
        }
        return KafkaPrincipal.ofService(service.serviceName()).map(credentials::environment).orElse(Map.of());
    }

    /** On a secured Kafka the topics are {@code up}'s (as admin) to create and correct, not the services'. */
    static List<String> serviceArgs(@Nullable KafkaCredentials credentials) {
        return credentials == null ? List.of() : List.of("--relay.topics.create=false");
    }

    /** {@code admin}'s client settings (status, consumer lag); none when unsecured. */
    static Map<String, Object> adminClient(@Nullable KafkaCredentials credentials) {
        return credentials == null ? Map.of() : credentials.clientProperties(KafkaPrincipal.ADMIN);
    }
}
