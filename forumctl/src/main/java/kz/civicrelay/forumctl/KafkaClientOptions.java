package kz.civicrelay.forumctl;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.platform.security.KafkaCredentials;
import kz.civicrelay.platform.security.KafkaPrincipal;
import kz.civicrelay.platform.security.SaslClient;
import picocli.CommandLine.Option;

/**
 * Who a command is to Kafka (decision 0015), the first of: a file of client properties ({@code --kafka-config},
 * used as is: any protocol or mechanism), a user and password ({@code --kafka-user}; the password from
 * {@code --kafka-password} or, kept off the command line, {@code RELAY_KAFKA_PASSWORD}), the credentials file
 * {@code forumctl up} made in its data folder (the command's own principal from it: {@code auditor} for tail and
 * audit), or nobody (an unsecured broker).
 */
public final class KafkaClientOptions {

    @Option(names = "--kafka-config", paramLabel = "file", description = "Kafka client properties (security.protocol, "
            + "sasl.mechanism, sasl.jaas.config, ssl.*), used as they are.")
    @Nullable Path config;

    @Option(names = "--kafka-user", description = "Kafka user (SASL/SCRAM-SHA-256); the password from --kafka-password "
            + "or the environment variable RELAY_KAFKA_PASSWORD.")
    @Nullable String user;

    @Option(names = "--kafka-password", description = "Its password (prefer RELAY_KAFKA_PASSWORD: a command line is "
            + "visible to others on the host).")
    @Nullable String password;

    @Option(names = "--kafka-secrets", paramLabel = "file", description = "The credentials file of forumctl up's data "
            + "folder, used when it exists (default: ${DEFAULT-VALUE}).")
    Path secrets = Path.of("data", "secrets", "kafka.properties");

    /** The client settings acting as {@code principal} by default; none when nothing says who (unsecured). */
    Map<String, Object> clientProperties(KafkaPrincipal principal) {
        Path file = config;
        if (file != null) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the Kafka client properties in " + file, e);
            }
            Map<String, Object> settings = new HashMap<>();
            properties.forEach((key, value) -> settings.put(String.valueOf(key), value));
            return settings;
        }
        String named = user;
        if (named != null) {
            String secret = password != null ? password : System.getenv(SaslClient.PASSWORD_ENV);
            if (secret == null) {
                throw new IllegalStateException("--kafka-user " + named + " needs its password: --kafka-password or "
                        + SaslClient.PASSWORD_ENV);
            }
            return SaslClient.scram(named, secret);
        }
        if (Files.isRegularFile(secrets)) {
            return KafkaCredentials.load(secrets).clientProperties(principal);
        }
        return Map.of();
    }

    /**
     * Those of {@code topics} this client may read; each it may not is named on {@code err} (the auditor's
     * principal does not read participants' names, decision 0015).
     */
    public static List<String> readable(Consumer<?, ?> consumer, List<String> topics, PrintStream err) {
        List<String> readable = new ArrayList<>();
        for (String topic : topics) {
            try {
                consumer.partitionsFor(topic, Duration.ofSeconds(30));
                readable.add(topic);
            } catch (TopicAuthorizationException e) {
                err.println("(" + topic + " left out: this Kafka principal may not read it; decision 0015)");
            }
        }
        return readable;
    }
}
