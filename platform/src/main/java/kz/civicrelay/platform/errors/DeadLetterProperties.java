package kz.civicrelay.platform.errors;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounded retries before a record goes to its dead-letter topic:
 * {@code relay.dead-letter.attempts} (including the first) and {@code relay.dead-letter.interval}.
 */
@ConfigurationProperties("relay.dead-letter")
public record DeadLetterProperties(Integer attempts, Duration interval) {

    public DeadLetterProperties {
        attempts = attempts == null ? 3 : attempts;
        interval = interval == null ? Duration.ofMillis(200) : interval;
    }
}
