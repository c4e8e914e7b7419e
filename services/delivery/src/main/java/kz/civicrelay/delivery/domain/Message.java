package kz.civicrelay.delivery.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * One thing to deliver to every subscription of its {@code owner}: a regional team's notification (its id is the
 * notification id from {@code relay.notifications}, the idempotency key every receiver sees) or an alert to the
 * operators ({@code owner} = {@link Subscription#SECRETARIAT}, an id that follows from what it is about).
 *
 * @param kind     {@code NotificationKind} name (BATON_RECEIVED, BATON_REMINDER, …) or an alert's kind
 *                 (ESCALATION, DELIVERY_ABANDONED)
 * @param text     what a person reads, in the three languages
 * @param handoffPackage the handoff's package, for notifications about a handoff whose baton carried one
 */
public record Message(String messageId, String seriesId, @Nullable String forumId, String owner, String kind,
        Trilingual text, String fromRegionCode, String toRegionCode, boolean acknowledgementRequired,
        Instant issuedAt, @Nullable HandoffPackage handoffPackage) {
}
