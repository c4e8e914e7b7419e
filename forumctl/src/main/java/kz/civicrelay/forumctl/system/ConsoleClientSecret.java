package kz.civicrelay.forumctl.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import kz.civicrelay.platform.security.OwnerOnlyFile;

/**
 * The console's client secret at the embedded issuer: made once from {@link SecureRandom} and kept in a file
 * only its owner may read ({@code <data>/secrets/console-client-secret}), so that the issuer and the console
 * agree on it across restarts. It travels to a child only in its environment, never on a command line (which
 * every user of the machine may read), and is never printed.
 */
public final class ConsoleClientSecret {

    static final String FILE = "console-client-secret";
    /** Prometheus' client secret at the issuer (client {@code relay-metrics}), kept the same way (decision 0027). */
    static final String METRICS_FILE = "metrics-client-secret";

    private ConsoleClientSecret() {
    }

    /** The secret kept under {@code secretsDir}, made and stored first if there is none. */
    public static String readOrCreate(Path secretsDir) {
        return readOrCreate(secretsDir, FILE);
    }

    /** Prometheus' secret kept under {@code secretsDir} ({@value #METRICS_FILE}), made and stored first if none. */
    public static String metrics(Path secretsDir) {
        return readOrCreate(secretsDir, METRICS_FILE);
    }

    private static String readOrCreate(Path secretsDir, String name) {
        Path file = secretsDir.resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    return kept;
                }
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            OwnerOnlyFile.write(file, secret);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep a client secret in " + file, e);
        }
    }
}
