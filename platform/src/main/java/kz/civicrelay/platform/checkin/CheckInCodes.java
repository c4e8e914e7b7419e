package kz.civicrelay.platform.checkin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check-in code of a registration, as its QR code carries it:
 * {@code civicrelay:checkin:<forumId>:<participantId>:<signature>}, the signature an HMAC-SHA256 over the forum
 * and participant ids with the check-in key ({@code relay.checkin.key}, base64, at least 32 bytes; env
 * {@code RELAY_CHECKIN_KEY}), cut to 128 bits. Nobody without the key can make or guess one; the code names
 * no person. Without a key there are no codes and nobody is checked in (the service starts all the same); a key
 * that is set but unusable stops the start, naming the property. The key is never logged nor put in an event.
 * Registration makes and verifies the codes; delivery makes them for a person's confirmation (decision 0029): each
 * declares its bean from {@code relay.checkin.key}.
 */
public final class CheckInCodes {

    static final String PREFIX = "civicrelay:checkin:";
    private static final int MINIMUM_KEY_BYTES = 32;
    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Logger log = LoggerFactory.getLogger(CheckInCodes.class);

    private final byte @Nullable [] key;

    /** Codes signed with {@code key} (base64, at least 32 bytes); blank: no codes here. */
    public CheckInCodes(String key) {
        this.key = key.isBlank() ? null : decode(key);
        if (this.key == null) {
            log.warn("relay.checkin.key is not set: registrations have no check-in codes and nobody is checked in");
        }
    }

    /** What a valid code names. */
    public record Claim(String forumId, String participantId) {
    }

    /** Whether codes can be made and checked here (a key is configured). */
    public boolean enabled() {
        return key != null;
    }

    /** The code of the registration, if a key is configured. */
    public Optional<String> codeFor(String forumId, String participantId) {
        byte[] secret = key;
        if (secret == null) {
            return Optional.empty();
        }
        if (forumId.contains(":") || participantId.contains(":")) {
            throw new IllegalArgumentException("A check-in code cannot name an id with ':'");
        }
        return Optional.of(PREFIX + forumId + ":" + participantId + ":"
                + ENCODER.encodeToString(signature(secret, forumId, participantId)));
    }

    /**
     * What {@code code} names if this key signed it; empty if it is malformed or forged. {@link IllegalStateException}
     * if no key is configured.
     */
    public Optional<Claim> verify(String code) {
        byte[] secret = key;
        if (secret == null) {
            throw new IllegalStateException("Check-in is not enabled here: relay.checkin.key is not set");
        }
        String text = code.strip();
        if (!text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = text.substring(PREFIX.length()).split(":", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] given = Base64.getUrlDecoder().decode(parts[2]);
            return MessageDigest.isEqual(given, signature(secret, parts[0], parts[1]))
                    ? Optional.of(new Claim(parts[0], parts[1])) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static byte[] signature(byte[] secret, String forumId, String participantId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = mac.doFinal(("check-in\n" + forumId + "\n" + participantId).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(full, SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] decode(String base64Key) {
        byte[] decoded;
        try {
            decoded = Base64.getUrlDecoder().decode(base64Key.strip().replace('+', '-').replace('/', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("relay.checkin.key is not base64: " + e.getMessage(), e);
        }
        if (decoded.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("relay.checkin.key must have at least " + MINIMUM_KEY_BYTES
                    + " bytes, had " + decoded.length);
        }
        return decoded;
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "CheckInCodes (" + (key == null ? "no key" : "key not shown") + ")";
    }
}
