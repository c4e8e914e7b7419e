package kz.civicrelay.handoff.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.handoff.domain.HandoffEvent.AcknowledgementSlaSet;
import kz.civicrelay.handoff.domain.HandoffEvent.HandoffAcknowledged;
import kz.civicrelay.handoff.domain.HandoffEvent.HandoffEscalated;
import kz.civicrelay.handoff.domain.HandoffEvent.NotificationIssued;

/**
 * Every notification issued, which were acknowledged and which escalated, and each series' acknowledgement
 * SLA. Acknowledgements and escalations are kept apart from the notifications, so the fold gives the same
 * state whatever order a replay brings them in. When a baton is due (and its reminders) follows from the time
 * its notification was issued and the series' SLA, never from a timer's memory, so a restart loses nothing.
 */
final class Notices {

    /** The longest acknowledgement SLA an operator may set. */
    static final Duration LONGEST_SLA = Duration.ofDays(30);

    private final Duration defaultSla;
    private final Map<String, Duration> slaBySeries = new HashMap<>();

    /** By id; a replay reads them in no particular order (they are keyed by region), so reads sort them. */
    private final Map<String, Notification> issued = new HashMap<>();
    private final Map<String, Acknowledgement> acknowledged = new HashMap<>();
    private final Set<String> escalated = new HashSet<>();

    Notices(Duration defaultSla) {
        if (defaultSla.isNegative() || defaultSla.isZero()) {
            throw new IllegalArgumentException("The acknowledgement SLA must be positive, was " + defaultSla);
        }
        this.defaultSla = defaultSla;
    }

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

    /** The series' receiving teams get {@code sla} to acknowledge: more than nothing, at most 30 days. */
    List<HandoffEvent> setSla(String seriesId, Duration sla) {
        if (sla.isNegative() || sla.isZero() || sla.compareTo(LONGEST_SLA) > 0) {
            throw new IllegalArgumentException("An acknowledgement SLA must be more than 0 and at most "
                    + LONGEST_SLA.toHours() + " hours, was " + sla.toHours() + " hours");
        }
        return List.of(new AcknowledgementSlaSet(seriesId, sla));
    }

    /**
     * As of {@code now}, for each baton notification not acknowledged: the reminder due (at 50% and 75% of its
     * series' SLA, each once, {@link Reminders}), or its escalation once the SLA is over (once). Nothing after an
     * acknowledgement, nothing twice.
     */
    List<HandoffEvent> due(Instant now) {
        List<HandoffEvent> events = new ArrayList<>();
        issued.values().stream().sorted(Notification.IN_ISSUE_ORDER)
                .filter(n -> n.kind() == NotificationKind.BATON_RECEIVED && n.acknowledgementRequired())
                .filter(n -> !acknowledged.containsKey(n.notificationId()) && !escalated.contains(n.notificationId()))
                .forEach(n -> {
                    Duration sla = slaOf(n.seriesId());
                    Instant dueBy = n.issuedAt().plus(sla);
                    int reminder = Reminders.dueAt(n.issuedAt(), sla, now);
                    if (!now.isBefore(dueBy)) {
                        events.add(new HandoffEscalated(n.seriesId(), n.forumId(), n.notificationId(),
                                n.recipientRegionCode(), HandoffTexts.escalation(n.recipientRegionCode(), sla)));
                    } else if (reminder > remindersSent(n.notificationId())) {
                        events.add(Reminders.of(n, reminder, dueBy, now));
                    }
                });
        return events;
    }

        // ---- fold --------------------------------------------------------------------------------

    void apply(HandoffEvent event, Instant occurredAt) {
        if (event instanceof NotificationIssued e) {
            issued.putIfAbsent(e.notificationId(), new Notification(e.notificationId(), e.seriesId(), e.forumId(),
                    e.recipientRegionCode(), e.kind(), e.fromRegionCode(), e.toRegionCode(), e.message(),
                    e.acknowledgementRequired(), occurredAt, null, false, null, 0));
        } else if (event instanceof HandoffAcknowledged e) {
            acknowledged.putIfAbsent(e.notificationId(), new Acknowledgement(e.regionCode(), e.comment()));
        } else if (event instanceof HandoffEscalated e) {
            escalated.add(e.notificationId());
        } else if (event instanceof AcknowledgementSlaSet e) {
            slaBySeries.put(e.seriesId(), e.sla());
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
        boolean awaited = notification.kind() == NotificationKind.BATON_RECEIVED
                && notification.acknowledgementRequired();
        return notification.with(acknowledged.get(notificationId), escalated.contains(notificationId),
                awaited ? notification.issuedAt().plus(slaOf(notification.seriesId())) : null,
                remindersSent(notificationId));
    }

    Duration slaOf(String seriesId) {
        return slaBySeries.getOrDefault(seriesId, defaultSla);
    }

    /** The number of the latest reminder issued about a baton notification, 0 if none. */
    private int remindersSent(String notificationId) {
        int sent = 0;
        for (int number = 1; number <= Reminders.count(); number++) {
            if (issued.containsKey(Reminders.id(notificationId, number))) {
                sent = number;
            }
        }
        return sent;
    }

    /** Every notification in {@link Notification#IN_ISSUE_ORDER}, whatever order they were folded in. */
    List<Notification> all() {
        return issued.keySet().stream().map(this::find).sorted(Notification.IN_ISSUE_ORDER).toList();
    }
}
