package kz.civicrelay.delivery.web;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.delivery.domain.DeliveryStatus;

/** Where the delivery of one message to one subscription stands, for the console's delivery panel. */
record DeliveryView(String messageId, String seriesId, @Nullable String forumId, String owner, String kind,
        Instant issuedAt, String subscriptionId, String channel, @Nullable String address, String state, int attempts,
        @Nullable String lastDetail, @Nullable Instant lastAttemptAt, @Nullable Instant nextAttemptAt,
        @Nullable Instant deliveredAt) {

    static DeliveryView of(DeliveryStatus s, boolean withAddress) {
        return new DeliveryView(s.message().messageId(), s.message().seriesId(), s.message().forumId(),
                s.message().owner(), s.message().kind(), s.message().issuedAt(), s.subscription().subscriptionId(),
                s.subscription().channel().name().toLowerCase(Locale.ROOT),
                withAddress ? s.subscription().address() : null, s.state().name().toLowerCase(Locale.ROOT),
                s.attempts(), s.lastDetail(), s.lastAttemptAt(), s.nextAttemptAt(), s.deliveredAt());
    }
}
