package kz.civicrelay.platform.links;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a link that acknowledges one notification for its recipient region until it expires: delivery
 * puts it in the e-mail, handoff checks it. It is an HMAC-SHA256 over the notification id, the region and the
 * expiry with a key both services are given ({@code relay.links.key}, base64, at least 32 bytes), so nobody
 * without the key can make one. It is single-use because an acknowledgement is: a second use finds the
 * notification acknowledged. The token names no secret and no person.
 */
public final class AcknowledgementLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MINIMUM_KEY_BYTES = 32;

    private final byte[] key;

    private AcknowledgementLinks(byte[] key) {
        if (key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("The link key must have at least " + MINIMUM_KEY_BYTES
                    + " bytes, had " + key.length);
        }
        this.key = key.clone();
    }

    /** From the base64 key (standard or URL alphabet) that {@code relay.links.key} holds. */
    public static AcknowledgementLinks withKey(String base64Key) {
        String key = base64Key.strip().replace('+', '-').replace('/', '_');
        return new AcknowledgementLinks(DECODER.decode(key));
    }

    /** What a valid token allows: acknowledging {@code notificationId} for {@code regionCode}. */
    public record Claim(String notificationId, String regionCode, Instant expiresAt) {
    }

    public String token(String notificationId, String regionCode, Instant expiresAt) {
        String payload = payload(notificationId, regionCode, expiresAt);
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The claim of a token this key signed that has not expired at {@code now}; empty otherwise. */
    public Optional<Claim> verify(String token, Instant now) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return Optional.empty();
        }
        try {
            String payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(payload))) {
                return Optional.empty();
            }
            String[] parts = payload.split("\n", -1);
            if (parts.length != 3) {
                return Optional.empty();
            }
            Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[2]));
            return now.isBefore(expiresAt) ? Optional.of(new Claim(parts[0], parts[1], expiresAt)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String payload(String notificationId, String regionCode, Instant expiresAt) {
        if (notificationId.contains("\n") || regionCode.contains("\n")) {
            throw new IllegalArgumentException("A link cannot name a line break");
        }
        return notificationId + "\n" + regionCode + "\n" + expiresAt.getEpochSecond();
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
