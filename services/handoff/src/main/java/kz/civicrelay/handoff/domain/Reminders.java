package kz.civicrelay.handoff.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import kz.civicrelay.handoff.domain.HandoffEvent.NotificationIssued;

/**
 * Reminders to a receiving team that has not acknowledged the baton: the first at half its acknowledgement SLA,
 * the second at three quarters, each once, by an id that follows from the baton notification's
 * ({@code <id>-reminder-1}, {@code -2}). A check that comes late (after a restart) sends only the latest
 * reminder due, and none once the SLA is over: then the baton is escalated instead.
 */
final class Reminders {

    /** The fraction of the SLA after which each reminder is due, as numerator over 4. */
    private static final List<Integer> QUARTERS = List.of(2, 3);

    private Reminders() {
    }

    static int count() {
        return QUARTERS.size();
    }

    static String id(String notificationId, int number) {
        return notificationId + "-reminder-" + number;
    }

    /** The number (1, 2) of the latest reminder due at {@code now}, or 0 if none is due yet. */
    static int dueAt(Instant issuedAt, Duration sla, Instant now) {
        int due = 0;
        for (int i = 0; i < QUARTERS.size(); i++) {
            if (!now.isBefore(issuedAt.plus(sla.multipliedBy(QUARTERS.get(i)).dividedBy(4)))) {
                due = i + 1;
            }
        }
        return due;
    }

    /** Reminder {@code number} of {@code baton}, saying how long is left until {@code dueBy}, as of {@code now}. */
    static NotificationIssued of(Notification baton, int number, Instant dueBy, Instant now) {
        return new NotificationIssued(baton.seriesId(), baton.forumId(), id(baton.notificationId(), number),
                baton.recipientRegionCode(), NotificationKind.BATON_REMINDER, baton.fromRegionCode(),
                baton.toRegionCode(), HandoffTexts.reminder(baton.recipientRegionCode(), Duration.between(now, dueBy),
                        dueBy), false);
    }
}
