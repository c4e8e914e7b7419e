package kz.civicrelay.forumctl.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import kz.civicrelay.platform.security.OwnerOnlyFile;

/**
 * The keys the services sign with: the two of notification delivery and registration's check-in key, each made
 * once from {@link SecureRandom} and kept owner-only under {@code <data>/secrets}, so that a restart keeps every
 * link, webhook secret and check-in code valid:
 * <ul>
 *   <li>the <b>links key</b> ({@value #LINKS_KEY_FILE}, {@code relay.links.key}): signs the acknowledgement links
 *       of the e-mails; delivery makes them, handoff checks them, so both are given it;</li>
 *   <li>the <b>delivery key</b> ({@value #DELIVERY_KEY_FILE}, {@code relay.delivery.secret-key}): delivery derives
 *       each webhook's signing secret from it; delivery alone is given it;</li>
 *   <li>the <b>check-in key</b> ({@value #CHECKIN_KEY_FILE}, {@code relay.checkin.key}): signs the check-in code
 *       in each registration's QR code (decision 0019); registration makes and checks them, delivery makes them for
 *       a person's confirmation e-mail (decision 0029), so both are given it.</li>
 * </ul>
 * Each is 48 random bytes in base64 without padding, drawn so that it holds neither {@code +} nor {@code /}:
 * the same text in the standard and the URL-safe alphabet, whichever decoder a service uses. They travel to a
 * service only in its environment (Spring Boot's names for the properties), never on a command line, and are
 * never printed. docker-compose reads them from the env file {@link ComposeEnvFile} makes.
 */
public final class DeliveryKeys {

    static final String LINKS_KEY_FILE = "links-key";
    static final String DELIVERY_KEY_FILE = "delivery-key";
    static final String CHECKIN_KEY_FILE = "checkin-key";
    /** {@code relay.links.key} as Spring Boot reads it from the environment. */
    public static final String LINKS_KEY_VARIABLE = "RELAY_LINKS_KEY";
    /** {@code relay.delivery.secret-key}, as delivery's {@code application.yml} reads it from the environment. */
    public static final String DELIVERY_KEY_VARIABLE = "RELAY_DELIVERY_KEY";
    /** {@code relay.checkin.key} as Spring Boot reads it from the environment. */
    public static final String CHECKIN_KEY_VARIABLE = "RELAY_CHECKIN_KEY";
    private static final int KEY_BYTES = 48;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String linksKey;
    private final String deliveryKey;
    private final String checkInKey;

    private DeliveryKeys(String linksKey, String deliveryKey, String checkInKey) {
        this.linksKey = linksKey;
        this.deliveryKey = deliveryKey;
        this.checkInKey = checkInKey;
    }

    /** The keys kept under {@code secretsDir}; each made and stored first if there is none. */
    public static DeliveryKeys readOrCreate(Path secretsDir) {
        return new DeliveryKeys(keyIn(secretsDir.resolve(LINKS_KEY_FILE)), keyIn(secretsDir.resolve(DELIVERY_KEY_FILE)),
                keyIn(secretsDir.resolve(CHECKIN_KEY_FILE)));
    }

    /**
     * What {@code relay.service} is given in its environment: handoff the links key, delivery both of delivery's and
     * the check-in key, registration the check-in key; others none.
     */
    public Map<String, String> environment(RelayService service) {
        Map<String, String> environment = new LinkedHashMap<>();
        if (service == RelayService.HANDOFF || service == RelayService.DELIVERY) {
            environment.put(LINKS_KEY_VARIABLE, linksKey);
        }
        if (service == RelayService.DELIVERY) {
            environment.put(DELIVERY_KEY_VARIABLE, deliveryKey);
        }
        if (service == RelayService.REGISTRATION || service == RelayService.DELIVERY) {
            environment.put(CHECKIN_KEY_VARIABLE, checkInKey);
        }
        return environment;
    }

    /** Every key under the names the services read them by: lines of docker-compose's env file. */
    public Map<String, String> composeEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(LINKS_KEY_VARIABLE, linksKey);
        environment.put(DELIVERY_KEY_VARIABLE, deliveryKey);
        environment.put(CHECKIN_KEY_VARIABLE, checkInKey);
        return environment;
    }

    /** The key kept in {@code file}, made and stored first if there is none. */
    private static String keyIn(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    return kept;
                }
            }
            String key = newKey();
            OwnerOnlyFile.write(file, key);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep a signing key in " + file, e);
        }
    }

    /** 48 random bytes as base64 without padding, holding neither '+' nor '/' (about four draws on average). */
    static String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        while (true) {
            RANDOM.nextBytes(bytes);
            String key = Base64.getEncoder().withoutPadding().encodeToString(bytes);
            if (key.indexOf('+') < 0 && key.indexOf('/') < 0) {
                return key;
            }
        }
    }

    /** Never the keys. */
    @Override
    public String toString() {
        return "DeliveryKeys (links key, delivery key, check-in key; not shown)";
    }
}
