package kz.civicrelay.delivery.config;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code relay.delivery.*}: {@code backoff-initial} (10s) the wait after a first failed attempt, doubled after
 * each further one up to {@code backoff-max} (6h), with jitter; {@code give-up-after} (3d) after the first
 * attempt no attempt is made; {@code webhook-timeout} (10s) for a webhook to connect and again to answer;
 * {@code poll} (1s) how often due attempts are looked for; {@code parallel-sends} (8) attempts in flight at
 * once; {@code person-mails-per-second} (50; 0: no limit) the pace of the mails to people (confirmations,
 * promotions), read by the dispatcher; {@code baton-wait} (5s) how long a notification about a handoff waits for its baton's package;
 * {@code secret-key} (environment RELAY_DELIVERY_KEY, required, base64 of at least 32 bytes) the key every
 * webhook signing secret is derived from: losing it changes every secret, so keep it like a password.
 */
@ConfigurationProperties("relay.delivery")
record DeliveryProperties(Duration backoffInitial, Duration backoffMax, Duration giveUpAfter,
        Duration webhookTimeout, Duration poll, int parallelSends, Duration batonWait, @Nullable String secretKey) {

    DeliveryProperties {
        backoffInitial = backoffInitial == null ? Duration.ofSeconds(10) : backoffInitial;
        backoffMax = backoffMax == null ? Duration.ofHours(6) : backoffMax;
        giveUpAfter = giveUpAfter == null ? Duration.ofDays(3) : giveUpAfter;
        webhookTimeout = webhookTimeout == null ? Duration.ofSeconds(10) : webhookTimeout;
        poll = poll == null ? Duration.ofSeconds(1) : poll;
        parallelSends = parallelSends == 0 ? 8 : parallelSends;
        batonWait = batonWait == null ? Duration.ofSeconds(5) : batonWait;
        if (parallelSends < 1 || !positive(webhookTimeout) || !positive(poll)) {
            throw new IllegalArgumentException("relay.delivery.parallel-sends, webhook-timeout and poll must be positive");
        }
    }

    /** The service key; refuses to start without one, naming the variable but never echoing a value. */
    String requiredSecretKey() {
        if (secretKey == null || secretKey.isBlank()) {
            throw new IllegalStateException("relay.delivery.secret-key is not set: give the service "
                    + "RELAY_DELIVERY_KEY (base64 of at least 32 random bytes, e.g. openssl rand -base64 32)");
        }
        return secretKey;
    }

    @Override
    public String toString() {
        return "DeliveryProperties[backoff " + backoffInitial + ".." + backoffMax + ", give up after " + giveUpAfter
                + ", webhook timeout " + webhookTimeout + ", secret key hidden]";
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
