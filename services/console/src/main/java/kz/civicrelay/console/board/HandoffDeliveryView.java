package kz.civicrelay.console.board;

import java.util.List;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * What became of one handoff's notifications: for each of the 20 regions (by region code), how each channel
 * delivered it, whether the receiving team acknowledged, how often it was reminded, and whether it is overdue
 * and was escalated.
 */
public record HandoffDeliveryView(int number, String toForumId, String fromRegionCode, String toRegionCode,
        String occurredAt, List<Row> regions) {

    /**
     * One region's notification of the handoff.
     *
     * @param overdue the acknowledgement asked of this region is missing and its time ran out (escalated)
     */
    public record Row(String regionCode, @Nullable Trilingual region, String notificationId, String kind,
            boolean acknowledgementRequired, Channel email, Channel webhook, @Nullable String acknowledgedAt,
            int reminders, @Nullable String escalatedAt, boolean overdue) {
    }

    /**
     * One channel's deliveries of a notification, over the subscriptions that had an attempt: {@code state} is
     * {@code none} (no attempt yet or nobody subscribed), {@code delivered} (every subscription reached),
     * {@code retrying} (one failed and will be tried again at {@code nextAttemptAt}) or {@code abandoned} (one
     * gave up: a dead letter, the operators are alerted).
     */
    public record Channel(String state, int delivered, int subscriptions, int attempts, @Nullable String lastReason,
            @Nullable String nextAttemptAt) {

        static final Channel NONE = new Channel("none", 0, 0, 0, null, null);
    }
}
