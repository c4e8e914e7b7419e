package kz.civicrelay.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * The password of every {@link KafkaPrincipal}, made once per data folder with {@link SecureRandom} and kept
 * in {@code <data>/secrets/kafka.properties} (owner-only), so a restart reuses them. The file is both a Java
 * properties file and a compose env file: {@code RELAY_KAFKA_SCHEDULING_PASSWORD=…}, one line a principal.
 * Passwords travel to child processes in their environment, never on a command line, and are never printed:
 * {@link #toString()} names the principals only.
 */
public final class KafkaCredentials {

    /** Where {@code forumctl} keeps them, beside the Kafka log folders of a data folder. */
    public static final String FILE = "secrets/kafka.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<KafkaPrincipal, String> passwords;

    private KafkaCredentials(Map<KafkaPrincipal, String> passwords) {
        this.passwords = Map.copyOf(passwords);
        for (KafkaPrincipal principal : KafkaPrincipal.values()) {
            if (!this.passwords.containsKey(principal)) {
                throw new IllegalArgumentException("No password for the Kafka principal " + principal.userName()
                        + " (" + principal.passwordKey() + ")");
            }
        }
    }

    /** The file of the data folder that holds Kafka log folder {@code logDir} (e.g. {@code data/kafka} → {@code data/secrets/…}). */
    public static Path fileBeside(Path logDir) {
        Path parent = logDir.toAbsolutePath().normalize().getParent();
        return (parent == null ? Path.of(".") : parent).resolve(FILE);
    }

    /** The credentials kept in {@code file}; made (and kept there, owner-only) for principals that have none yet. */
    public static KafkaCredentials loadOrCreate(Path file) {
        try {
            Properties kept = Files.isRegularFile(file) ? read(file) : new Properties();
            Map<KafkaPrincipal, String> passwords = new EnumMap<>(KafkaPrincipal.class);
            boolean added = false;
            for (KafkaPrincipal principal : KafkaPrincipal.values()) {
                String password = kept.getProperty(principal.passwordKey());
                if (password == null || password.isBlank()) {
                    password = newPassword();
                    added = true;
                }
                passwords.put(principal, password.strip());
            }
            KafkaCredentials credentials = new KafkaCredentials(passwords);
            if (added) {
                credentials.write(file);
            }
            return credentials;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or keep the Kafka credentials in " + file, e);
        }
    }

    /** The credentials in {@code file}, which must exist and name every principal. */
    public static KafkaCredentials load(Path file) {
        try {
            return from(read(file)::getProperty);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Kafka credentials in " + file, e);
        }
    }

    /** From an environment holding every {@code RELAY_KAFKA_<PRINCIPAL>_PASSWORD} (docker-compose's env file). */
    public static KafkaCredentials fromEnvironment(Map<String, String> environment) {
        return from(environment::get);
    }

    private static KafkaCredentials from(java.util.function.Function<String, @Nullable String> lookup) {
        Map<KafkaPrincipal, String> passwords = new EnumMap<>(KafkaPrincipal.class);
        for (KafkaPrincipal principal : KafkaPrincipal.values()) {
            String password = lookup.apply(principal.passwordKey());
            if (password != null && !password.isBlank()) {
                passwords.put(principal, password.strip());
            }
        }
        return new KafkaCredentials(passwords);
    }

    public String password(KafkaPrincipal principal) {
        String password = passwords.get(principal);
        if (password == null) {
            throw new IllegalStateException("No password for " + principal.userName());
        }
        return password;
    }

    /** The SASL/SCRAM settings of a client that acts as {@code principal}. */
    public Map<String, Object> clientProperties(KafkaPrincipal principal) {
        return SaslClient.scram(principal.userName(), password(principal));
    }

    /**
     * The environment a relay service runs as {@code principal} with: {@code relay-platform.yml} turns these
     * into {@code spring.kafka.security.protocol} and the SASL settings of every client the service makes.
     */
    public Map<String, String> environment(KafkaPrincipal principal) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(SaslClient.PROTOCOL_ENV, SaslClient.PROTOCOL);
        environment.put(SaslClient.USERNAME_ENV, principal.userName());
        environment.put(SaslClient.PASSWORD_ENV, password(principal));
        return environment;
    }

    /**
     * Every password under its key ({@code RELAY_KAFKA_ADMIN_PASSWORD}, …): the environment of a Kafka node
     * process ({@link #fromEnvironment} reads it back) and of docker-compose's setup.
     */
    public Map<String, String> passwordEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (KafkaPrincipal principal : KafkaPrincipal.values()) {
            environment.put(principal.passwordKey(), password(principal));
        }
        return environment;
    }

    private void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder("# Kafka passwords of the relay's principals (decision 0015), made by forumctl up.\n"
                + "# Keep it secret: anyone who reads it may act as these principals. Also a compose env file.\n");
        for (KafkaPrincipal principal : KafkaPrincipal.values()) {
            text.append(principal.passwordKey()).append('=').append(password(principal)).append('\n');
        }
        OwnerOnlyFile.write(file, text.toString());
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }

    /** 32 random bytes, URL-safe Base64 without padding: nothing a JAAS line or an env file must escape. */
    static String newPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof KafkaCredentials that && passwords.equals(that.passwords);
    }

    @Override
    public int hashCode() {
        return passwords.hashCode();
    }

    @Override
    public String toString() {
        return "KafkaCredentials" + passwords.keySet() + " (passwords not shown)";
    }
}
