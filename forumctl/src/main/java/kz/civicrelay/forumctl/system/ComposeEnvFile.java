package kz.civicrelay.forumctl.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import kz.civicrelay.platform.security.KafkaCredentials;
import kz.civicrelay.platform.security.OwnerOnlyFile;

/**
 * The one env file docker-compose reads ({@code --env-file data/secrets/compose.env}; older compose takes one
 * only): every Kafka principal's password and the keys of notification delivery, written owner-only from what
 * the data folder keeps ({@code kafka.properties}, {@code links-key}, {@code delivery-key}, {@code checkin-key}), so
 * that compose's
 * brokers, services and forumctl up agree. Written again each time; it changes only when those do.
 */
public final class ComposeEnvFile {

    /** Under the data folder's secrets, beside what it is made of. */
    public static final String FILE = "compose.env";

    private ComposeEnvFile() {
    }

    /** Writes {@value #FILE} under {@code secretsDir}; returns its path. */
    public static Path write(Path secretsDir, KafkaCredentials credentials, DeliveryKeys keys) {
        Path file = secretsDir.resolve(FILE);
        Map<String, String> variables = new LinkedHashMap<>(credentials.passwordEnvironment());
        variables.putAll(keys.composeEnvironment());
        // Prometheus scrapes with a token of the issuer's client relay-metrics (decision 0027).
        variables.put(EmbeddedIssuer.METRICS_SECRET_VARIABLE, ConsoleClientSecret.metrics(secretsDir));
        StringBuilder text = new StringBuilder("# docker-compose's env file, made by ./forumctl.sh kafka-secrets from "
                + "kafka.properties, links-key, delivery-key, checkin-key and metrics-client-secret beside it.\n"
                + "# Keep it secret: it holds every Kafka password, the services' signing keys and Prometheus' secret.\n");
        variables.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        try {
            OwnerOnlyFile.write(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return file;
    }
}
