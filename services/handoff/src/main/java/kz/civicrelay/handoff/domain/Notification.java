package kz.civicrelay.handoff.domain;

import java.time.Instant;
import java.util.Comparator;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * A notification issued to one regional team about a handoff (or the end of the series), with what
 * has happened to it since: its acknowledgement (null until acknowledged) and whether it was escalated. A
 * baton notification also has the time its acknowledgement is due by (its series' SLA after it was issued;
 * null for the others) and how many reminders were sent about it (the latest reminder's number, 0 to 2).
 * {@code forumId} is the forum of the handoff (the receiving forum) or the last forum of the series.
 */
public record Notification(String notificationId, String seriesId, String forumId, String recipientRegionCode,
        NotificationKind kind, String fromRegionCode, String toRegionCode, Trilingual message,
        boolean acknowledgementRequired, Instant issuedAt, @Nullable Acknowledgement acknowledgement, boolean escalated,
        @Nullable Instant dueBy, int remindersSent) {

    /**
     * The order notifications are listed in: by the time they were issued, then by recipient region code
     * (the 20 of one handoff are issued together), then by id (a handoff's and the series' end, should they
     * ever share an instant).
     */
    public static final Comparator<Notification> IN_ISSUE_ORDER = Comparator.comparing(Notification::issuedAt)
            .thenComparing(Notification::recipientRegionCode).thenComparing(Notification::notificationId);

    public boolean acknowledged() {
        return acknowledgement != null;
    }

    Notification with(@Nullable Acknowledgement acknowledgement, boolean escalated, @Nullable Instant dueBy,
            int remindersSent) {
        return new Notification(notificationId, seriesId, forumId, recipientRegionCode, kind, fromRegionCode,
                toRegionCode, message, acknowledgementRequired, issuedAt, acknowledgement, escalated, dueBy,
                remindersSent);
    }
}
