package kz.civicrelay.delivery.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Standard Webhooks signing (standardwebhooks.com): the headers {@code webhook-id}, {@code webhook-timestamp}
 * (epoch seconds) and {@code webhook-signature} = {@code v1,} + base64 HMAC-SHA256(secret bytes,
 * {@code id + "." + timestamp + "." + body}). A receiver verifies with any Standard Webhooks library.
 */
record WebhookSignature(String id, long timestamp, String signature) {

    static WebhookSignature sign(byte[] secret, String id, long timestamp, byte[] body) {
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] content = ByteBuffer.allocate(prefix.length + body.length).put(prefix).put(body).array();
        return new WebhookSignature(id, timestamp,
                "v1," + Base64.getEncoder().encodeToString(WebhookSecrets.hmac(secret, content)));
    }
}
