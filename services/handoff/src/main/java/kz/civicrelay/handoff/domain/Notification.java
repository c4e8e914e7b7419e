package kz.civicrelay.handoff.domain;

import java.time.Instant;
import java.util.Comparator;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * A notification issued to one regional team about a handoff (or the end of the series), with what
 * has happened to it since: its acknowledgement (null until acknowledged) and whether it was escalated.
 * {@code forumId} is the forum of the handoff (the receiving forum) or the last forum of the series.
 */
public record Notification(String notificationId, String seriesId, String forumId, String recipientRegionCode,
        NotificationKind kind, String fromRegionCode, String toRegionCode, Trilingual message,
        boolean acknowledgementRequired, Instant issuedAt, @Nullable Acknowledgement acknowledgement, boolean escalated) {

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

    Notification with(@Nullable Acknowledgement acknowledgement, boolean escalated) {
        return new Notification(notificationId, seriesId, forumId, recipientRegionCode, kind, fromRegionCode,
                toRegionCode, message, acknowledgementRequired, issuedAt, acknowledgement, escalated);
    }
}
