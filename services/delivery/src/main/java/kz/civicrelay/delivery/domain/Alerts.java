package kz.civicrelay.delivery.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * The operators' alerts, each a {@link Message} to the {@link Subscription#SECRETARIAT} with an id that follows
 * from what it is about, so that it is the same however often and in whatever order the log is folded.
 */
final class Alerts {

    static final String ESCALATION = "ESCALATION";
    static final String DELIVERY_ABANDONED = "DELIVERY_ABANDONED";

    private Alerts() {
    }

    /** A baton left unacknowledged: handoff's reason is the text. */
    static Message escalation(String notificationId, String seriesId, @Nullable String forumId, String regionCode,
            Trilingual reason, Instant at, @Nullable Message escalated) {
        return new Message("escalation-" + notificationId, seriesId, forumId, Subscription.SECRETARIAT, ESCALATION,
                reason, escalated == null ? regionCode : escalated.fromRegionCode(),
                escalated == null ? regionCode : escalated.toRegionCode(), false, at, null);
    }

    /** Delivery of a region's {@code message} to {@code subscription} was given up at {@code at}. */
    static Message abandoned(Message message, Subscription subscription, String reason, Instant at) {
        String channel = subscription.channel().name().toLowerCase(java.util.Locale.ROOT);
        Trilingual text = new Trilingual(
                "«" + message.messageId() + "» хабарламасы " + message.owner() + " өңірінің " + channel
                        + " жазылымына (" + subscription.subscriptionId() + ") жеткізілмеді, әрекеттер тоқтатылды: "
                        + reason,
                "Уведомление «" + message.messageId() + "» не доставлено по подписке " + channel + " ("
                        + subscription.subscriptionId() + ") региона " + message.owner()
                        + ", попытки прекращены: " + reason,
                "Notification \"" + message.messageId() + "\" was not delivered to " + message.owner() + "'s "
                        + channel + " subscription (" + subscription.subscriptionId() + "); delivery gave up: "
                        + reason);
        return new Message("abandoned-" + message.messageId() + "-" + subscription.subscriptionId(),
                message.seriesId(), message.forumId(), Subscription.SECRETARIAT, DELIVERY_ABANDONED, text,
                message.fromRegionCode(), message.toRegionCode(), false, at, null);
    }
}
