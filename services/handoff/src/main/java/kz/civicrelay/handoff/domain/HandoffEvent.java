package kz.civicrelay.handoff.domain;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/** The facts the handoff service records. */
public sealed interface HandoffEvent {

    String seriesId();

    /** The forum the event belongs to: the receiving forum of a handoff, or the forum of a notification. */
    String forumId();

    record BatonPassed(String seriesId, int handoffNumber, String fromForumId, String fromRegionCode,
            String toForumId, String toRegionCode, int toPosition) implements HandoffEvent {
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
}
