package kz.civicrelay.delivery.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signing secrets, derived rather than stored: a subscription's secret is HMAC-SHA256(service key,
 * {@code subscriptionId + ":" + secretVersion}), shown to the subscriber as {@code whsec_} + base64 (Standard
 * Webhooks' form). Nothing but the service key (relay.delivery.secret-key) needs keeping secret; rotating a
 * subscription's secret is a new version. Neither the key nor a secret is ever logged or put in an event.
 */
public final class WebhookSecrets {

    static final String PREFIX = "whsec_";

    private final byte[] key;

    /** {@code base64Key}: at least 32 bytes, base64. */
    public WebhookSecrets(String base64Key) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("relay.delivery.secret-key (RELAY_DELIVERY_KEY) is not base64");
        }
        if (decoded.length < 32) {
            throw new IllegalArgumentException("relay.delivery.secret-key (RELAY_DELIVERY_KEY) must be at least "
                    + "32 bytes, base64 (e.g. openssl rand -base64 32); it has " + decoded.length);
        }
        this.key = decoded;
    }

    /** The secret's bytes, that sign the subscription's deliveries. */
    byte[] secretBytes(String subscriptionId, int secretVersion) {
        return hmac(key, (subscriptionId + ":" + secretVersion).getBytes(StandardCharsets.UTF_8));
    }

    /** The secret as the subscriber is shown it once: {@code whsec_<base64>}. */
    public String secret(String subscriptionId, int secretVersion) {
        return PREFIX + Base64.getEncoder().encodeToString(secretBytes(subscriptionId, secretVersion));
    }

    static byte[] hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSecrets[key hidden]";
    }
}
