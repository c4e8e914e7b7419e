package kz.civicrelay.delivery.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;


/**
 * Delivery's own events: subscriptions added (again, with the next secret version, when a secret is rotated)
 * and removed, and the outcome of each attempt to deliver a message to a subscription.
 */
public sealed interface DeliveryEvent {

    /**
     * The series the envelope names. Subscriptions belong to no forum series: their events name
     * {@link #SUBSCRIPTIONS_SERIES}; an outcome names its message's series.
     */
    String seriesId();

    /** The forum the event is about; null for subscriptions and series-wide messages. */
    @Nullable String forumId();

    /** The envelope series of every subscription event: subscriptions are the owner's, not a series'. */
    String SUBSCRIPTIONS_SERIES = "subscriptions";

    record SubscriptionAdded(Subscription subscription) implements DeliveryEvent {

        @Override
        public String seriesId() {
            return SUBSCRIPTIONS_SERIES;
        }

        @Override
        public @Nullable String forumId() {
            return null;
        }
    }

    record SubscriptionRemoved(String subscriptionId, String owner) implements DeliveryEvent {

        @Override
        public String seriesId() {
            return SUBSCRIPTIONS_SERIES;
        }

        @Override
        public @Nullable String forumId() {
            return null;
        }
    }

    /** Attempt {@code attempt} reached the receiver, which answered {@code detail}. */
    record Delivered(String seriesId, @Nullable String forumId, String messageId, String subscriptionId,
            DeliveryChannel channel, int attempt, String detail) implements DeliveryEvent {
    }

    /** Attempt {@code attempt} failed; the next is due at {@code nextAttemptAt}, or never (null: given up). */
    record DeliveryFailed(String seriesId, @Nullable String forumId, String messageId, String subscriptionId,
            DeliveryChannel channel, int attempt, String reason, @Nullable Instant nextAttemptAt)
            implements DeliveryEvent {
    }
}
