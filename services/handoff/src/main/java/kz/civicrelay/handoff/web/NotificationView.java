package kz.civicrelay.handoff.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.handoff.domain.Acknowledgement;
import kz.civicrelay.handoff.domain.Notification;
import kz.civicrelay.handoff.domain.NotificationKind;

/**
 * A notification to a regional team as the API shows it; a baton notification with when its acknowledgement is
 * due ({@code dueBy}, absent for others) and how many reminders were sent about it.
 */
record NotificationView(String notificationId, String seriesId, String forumId, String recipientRegionCode,
        NotificationKind kind, TextDto message, boolean acknowledgementRequired, boolean acknowledged,
        @Nullable String acknowledgementComment, boolean escalated, String fromRegionCode, String toRegionCode,
        Instant issuedAt, @Nullable Instant dueBy, int remindersSent) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.notificationId(), n.seriesId(), n.forumId(), n.recipientRegionCode(), n.kind(),
                TextDto.of(n.message()), n.acknowledgementRequired(), n.acknowledged(),
                comment(n), n.escalated(), n.fromRegionCode(),
                n.toRegionCode(), n.issuedAt(), n.dueBy(), n.remindersSent());
    }

    private static @Nullable String comment(Notification n) {
        Acknowledgement acknowledgement = n.acknowledgement();
        return acknowledgement == null ? null : acknowledgement.comment();
    }
}
