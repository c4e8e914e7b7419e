package kz.civicrelay.delivery.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where the delivery of one message to one subscription stands.
 *
 * @param lastDetail    the last attempt's answer or reason of failure; null before any attempt
 * @param nextAttemptAt when the next attempt is due, if retrying
 */
public record DeliveryStatus(Message message, Subscription subscription, State state, int attempts,
        @Nullable String lastDetail, @Nullable Instant lastAttemptAt, @Nullable Instant nextAttemptAt,
        @Nullable Instant deliveredAt) {

    public enum State {
        /** Not tried yet. */
        PENDING,
        /** Failed, to be tried again at {@code nextAttemptAt}. */
        RETRYING,
        DELIVERED,
        /** Given up: a permanent failure, or past the give-up horizon. */
        ABANDONED,
        /** The subscription was removed before the message was delivered. */
        CANCELLED
    }
}
