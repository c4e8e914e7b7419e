package kz.civicrelay.console.board;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * A notification to a regional team as its inbox shows it: what happened, whether the team must acknowledge it,
 * and whether it did (or was escalated for not doing so).
 */
public record InboxEntry(String notificationId, String seriesId, @Nullable String forumId, String regionCode,
        String kind, Trilingual message, String issuedAt, boolean acknowledgementRequired,
        @Nullable String acknowledgedAt, @Nullable String escalatedAt) {
}
