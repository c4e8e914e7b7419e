package kz.civicrelay.handoff.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.handoff.domain.HandoffEvent.HandoffAcknowledged;
import kz.civicrelay.handoff.domain.HandoffEvent.HandoffEscalated;
import kz.civicrelay.handoff.domain.HandoffEvent.NotificationIssued;

/**
 * Every notification issued, which were acknowledged and which escalated. Acknowledgements and
 * escalations are kept apart from the notifications, so the fold gives the same state whatever
 * order a replay brings them in.
 */
final class Notices {

    /** By id; a replay reads them in no particular order (they are keyed by region), so reads sort them. */
    private final Map<String, Notification> issued = new HashMap<>();
    private final Map<String, Acknowledgement> acknowledged = new HashMap<>();
    private final Set<String> escalated = new HashSet<>();

    // ---- decisions -------------------------------------------------------------------------

    List<HandoffEvent> acknowledge(String notificationId, String regionCode, @Nullable String comment) {
        Notification notification = find(notificationId);
        if (!notification.recipientRegionCode().equals(regionCode)) {
            throw new IllegalArgumentException("Notification " + notificationId + " is addressed to "
                    + notification.recipientRegionCode() + ", not to " + regionCode);
        }
        if (!notification.acknowledgementRequired()) {
            throw new IllegalStateException("Notification " + notificationId + " requires no acknowledgement");
        }
        if (acknowledged.containsKey(notificationId)) {
            throw new IllegalStateException("Notification " + notificationId + " is already acknowledged");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        return List.of(new HandoffAcknowledged(notification.seriesId(), notification.forumId(), notificationId,
                regionCode, text));
    }

    /** Each baton notification unacknowledged for {@code timeout} since it was issued, escalated once. */
    List<HandoffEvent> escalationsDue(Instant now, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The acknowledgement timeout must be positive, was " + timeout);
        }
        return issued.values().stream().sorted(Notification.IN_ISSUE_ORDER)
                .filter(n -> n.kind() == NotificationKind.BATON_RECEIVED && n.acknowledgementRequired())
                .filter(n -> !acknowledged.containsKey(n.notificationId()) && !escalated.contains(n.notificationId()))
                .filter(n -> !now.isBefore(n.issuedAt().plus(timeout)))
                .<HandoffEvent>map(n -> new HandoffEscalated(n.seriesId(), n.forumId(), n.notificationId(),
                        n.recipientRegionCode(), HandoffTexts.escalation(n.recipientRegionCode(), timeout)))
                .toList();
    }

    // ---- fold --------------------------------------------------------------------------------

    void apply(HandoffEvent event, Instant occurredAt) {
        if (event instanceof NotificationIssued e) {
            issued.putIfAbsent(e.notificationId(), new Notification(e.notificationId(), e.seriesId(), e.forumId(),
                    e.recipientRegionCode(), e.kind(), e.fromRegionCode(), e.toRegionCode(), e.message(),
                    e.acknowledgementRequired(), occurredAt, null, false));
        } else if (event instanceof HandoffAcknowledged e) {
            acknowledged.putIfAbsent(e.notificationId(), new Acknowledgement(e.regionCode(), e.comment()));
        } else if (event instanceof HandoffEscalated e) {
            escalated.add(e.notificationId());
        }
    }

    // ---- reads -------------------------------------------------------------------------------

    boolean isIssued(String notificationId) {
        return issued.containsKey(notificationId);
    }

    Notification find(String notificationId) {
        Notification notification = issued.get(notificationId);
        if (notification == null) {
            throw new NoSuchElementException("No notification " + notificationId);
        }
        return notification.with(acknowledged.get(notificationId), escalated.contains(notificationId));
    }

    /** Every notification in {@link Notification#IN_ISSUE_ORDER}, whatever order they were folded in. */
    List<Notification> all() {
        return issued.keySet().stream().map(this::find).sorted(Notification.IN_ISSUE_ORDER).toList();
    }
}
