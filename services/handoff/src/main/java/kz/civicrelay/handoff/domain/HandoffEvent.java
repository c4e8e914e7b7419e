package kz.civicrelay.handoff.domain;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/** The facts the handoff service records. */
public sealed interface HandoffEvent {

    String seriesId();

    /**
     * The forum the event belongs to: the receiving forum of a handoff, or the forum of a notification; null for
     * a series-wide event (keyed by its series id).
     */
    @Nullable String forumId();

    /** {@code handoffPackage} is null only in events written before it existed. */
    record BatonPassed(String seriesId, int handoffNumber, String fromForumId, String fromRegionCode,
            String toForumId, String toRegionCode, int toPosition, @Nullable HandoffPackage handoffPackage)
            implements HandoffEvent {
        public String forumId() {
            return toForumId;
        }
    }

    record NotificationIssued(String seriesId, String forumId, String notificationId, String recipientRegionCode,
            NotificationKind kind, String fromRegionCode, String toRegionCode, Trilingual message,
            boolean acknowledgementRequired) implements HandoffEvent {
    }

    record HandoffAcknowledged(String seriesId, String forumId, String notificationId, String regionCode,
            @Nullable String comment) implements HandoffEvent {
    }

    record HandoffEscalated(String seriesId, String forumId, String notificationId, String regionCode,
            Trilingual reason) implements HandoffEvent {
    }

    /** An operator set how long the receiving teams of a series have to acknowledge the baton. */
    record AcknowledgementSlaSet(String seriesId, Duration sla) implements HandoffEvent {
        public @Nullable String forumId() {
            return null;
        }
    }
}
