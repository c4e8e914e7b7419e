package kz.civicrelay.handoff.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code relay.handoff.acknowledgement-timeout}: how long the receiving team has to acknowledge the
 * baton before it is escalated (default 48h), unless an operator set the series' own SLA (reminders go at
 * 50% and 75% of it); {@code relay.handoff.escalation-check}: how often the service looks (default 30s).
 */
@ConfigurationProperties("relay.handoff")
record HandoffProperties(Duration acknowledgementTimeout, Duration escalationCheck) {

    HandoffProperties {
        acknowledgementTimeout = acknowledgementTimeout == null ? Duration.ofHours(48) : acknowledgementTimeout;
        escalationCheck = escalationCheck == null ? Duration.ofSeconds(30) : escalationCheck;
        if (acknowledgementTimeout.isNegative() || acknowledgementTimeout.isZero()) {
            throw new IllegalArgumentException("relay.handoff.acknowledgement-timeout must be positive");
        }
    }
}
