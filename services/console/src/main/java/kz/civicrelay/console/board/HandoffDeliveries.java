package kz.civicrelay.console.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.DeliveryChannel;
import kz.civicrelay.events.HandoffAcknowledged;
import kz.civicrelay.events.HandoffEscalated;
import kz.civicrelay.events.HandoffNotificationIssued;
import kz.civicrelay.events.NotificationDelivered;
import kz.civicrelay.events.NotificationDeliveryFailed;
import kz.civicrelay.events.NotificationKind;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.reference.Regions;

/**
 * The delivery panel's fold: each handoff's notifications, their deliveries by channel, acknowledgements,
 * reminders and escalations. Everything is kept by id, so the picture is the same whatever order the topics
 * were read in; not thread-safe ({@link RelayBoard} holds it under its lock).
 */
final class HandoffDeliveries {

    /**
     * The notifications a handoff issues, one per region. A reminder is counted on its region's row; the end of the
     * series is told under the last forum's id too, but is no notification of its last handoff.
     */
    private static final java.util.Set<NotificationKind> OF_A_HANDOFF = java.util.EnumSet.of(
            NotificationKind.BATON_RECEIVED, NotificationKind.BATON_PASSED, NotificationKind.SERIES_UPDATE);

    private final Map<String, Map<Integer, BatonPassed>> batons = new HashMap<>();
    private final Map<String, HandoffNotificationIssued> issued = new HashMap<>();
    private final Map<String, String> acknowledgedAt = new HashMap<>();
    private final Map<String, String> escalatedAt = new HashMap<>();
    /** Per notification, per subscription: the latest attempt's outcome. */
    private final Map<String, Map<String, Attempt>> attempts = new HashMap<>();

    void apply(SpecificRecord event, String occurredAt) {
        if (event instanceof BatonPassed baton) {
            batons.computeIfAbsent(Envelopes.of(event).getSeriesId(), s -> new TreeMap<>())
                    .putIfAbsent(baton.getHandoffNumber(), baton);
        } else if (event instanceof HandoffNotificationIssued notification) {
            issued.putIfAbsent(notification.getNotificationId(), notification);
        } else if (event instanceof HandoffAcknowledged acknowledged) {
            acknowledgedAt.putIfAbsent(acknowledged.getNotificationId(), occurredAt);
        } else if (event instanceof HandoffEscalated escalated) {
            escalatedAt.putIfAbsent(escalated.getNotificationId(), occurredAt);
        } else if (event instanceof NotificationDelivered delivered) {
            attempted(delivered.getNotificationId(), delivered.getSubscriptionId(), new Attempt(delivered.getChannel(),
                    delivered.getAttempt(), true, null, null));
        } else if (event instanceof NotificationDeliveryFailed failed) {
            attempted(failed.getNotificationId(), failed.getSubscriptionId(), new Attempt(failed.getChannel(),
                    failed.getAttempt(), false, failed.getReason(),
                    failed.getNextAttemptAt() == null ? null : failed.getNextAttemptAt().toString()));
        }
    }

    /** The series' handoffs by number, each with its 20 regions by region code. */
    List<HandoffDeliveryView> of(String seriesId) {
        return batons.getOrDefault(seriesId, Map.of()).values().stream().map(this::view).toList();
    }

    /**
     * The notifications to {@code regionCode} (every region's for null), newest first (by time issued, then id),
     * at most {@code limit}.
     */
    List<InboxEntry> inbox(@Nullable String regionCode, int limit) {
        return issued.values().stream().filter(n -> regionCode == null || regionCode.equals(n.getRecipientRegionCode()))
                .sorted(Comparator.comparing((HandoffNotificationIssued n) -> Envelopes.of(n).getOccurredAt())
                        .thenComparing(HandoffNotificationIssued::getNotificationId).reversed())
                .limit(limit).map(this::entry).toList();
    }

    private InboxEntry entry(HandoffNotificationIssued n) {
        var envelope = Envelopes.of(n);
        return new InboxEntry(n.getNotificationId(), envelope.getSeriesId(), envelope.getForumId(),
                n.getRecipientRegionCode(), n.getKind().name(), java.util.Objects.requireNonNull(ForumState.text(n.getMessage())),
                envelope.getOccurredAt().toString(), n.getAcknowledgementRequired(),
                acknowledgedAt.get(n.getNotificationId()), escalatedAt.get(n.getNotificationId()));
    }

    private HandoffDeliveryView view(BatonPassed baton) {
        String forumId = baton.getToForumId();
        List<HandoffNotificationIssued> ofHandoff = issued.values().stream()
                .filter(n -> forumId.equals(Envelopes.of(n).getForumId()))
                .filter(n -> OF_A_HANDOFF.contains(n.getKind()))
                .sorted(Comparator.comparing(HandoffNotificationIssued::getRecipientRegionCode)).toList();
        List<HandoffDeliveryView.Row> rows = new ArrayList<>();
        for (HandoffNotificationIssued notification : ofHandoff) {
            rows.add(row(forumId, notification));
        }
        return new HandoffDeliveryView(baton.getHandoffNumber(), forumId, baton.getFromRegionCode(),
                baton.getToRegionCode(), Envelopes.of(baton).getOccurredAt().toString(), rows);
    }

    private HandoffDeliveryView.Row row(String forumId, HandoffNotificationIssued notification) {
        String id = notification.getNotificationId();
        String region = notification.getRecipientRegionCode();
        long reminders = issued.values().stream().filter(n -> n.getKind() == NotificationKind.BATON_REMINDER)
                .filter(n -> forumId.equals(Envelopes.of(n).getForumId()) && region.equals(n.getRecipientRegionCode()))
                .count();
        @Nullable String acknowledged = acknowledgedAt.get(id);
        @Nullable String escalated = escalatedAt.get(id);
        return new HandoffDeliveryView.Row(region, Regions.find(region).map(r -> r.name()).orElse(null), id,
                notification.getKind().name(), notification.getAcknowledgementRequired(),
                channel(id, DeliveryChannel.EMAIL), channel(id, DeliveryChannel.WEBHOOK), acknowledged,
                (int) reminders, escalated, notification.getAcknowledgementRequired() && acknowledged == null
                        && escalated != null);
    }

    private HandoffDeliveryView.Channel channel(String notificationId, DeliveryChannel channel) {
        List<Attempt> latest = attempts.getOrDefault(notificationId, Map.of()).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue)
                .filter(a -> a.channel() == channel).toList();
        if (latest.isEmpty()) {
            return HandoffDeliveryView.Channel.NONE;
        }
        int delivered = (int) latest.stream().filter(Attempt::delivered).count();
        int tries = latest.stream().mapToInt(Attempt::number).sum();
        Optional<Attempt> abandoned = latest.stream().filter(a -> !a.delivered() && a.nextAttemptAt() == null).findFirst();
        Optional<Attempt> retrying = latest.stream().filter(a -> !a.delivered() && a.nextAttemptAt() != null).findFirst();
        String state = abandoned.isPresent() ? "abandoned" : retrying.isPresent() ? "retrying" : "delivered";
        Optional<Attempt> failing = abandoned.or(() -> retrying);
        return new HandoffDeliveryView.Channel(state, delivered, latest.size(), tries,
                failing.map(Attempt::reason).orElse(null), retrying.map(Attempt::nextAttemptAt).orElse(null));
    }

    /** Keeps the later of two attempts of one subscription; of the same attempt, the delivered one. */
    private void attempted(String notificationId, String subscriptionId, Attempt attempt) {
        attempts.computeIfAbsent(notificationId, n -> new HashMap<>()).merge(subscriptionId, attempt,
                (kept, added) -> added.number() > kept.number() || added.number() == kept.number() && added.delivered()
                        ? added : kept);
    }

    private record Attempt(DeliveryChannel channel, int number, boolean delivered, @Nullable String reason,
            @Nullable String nextAttemptAt) {
    }
}
