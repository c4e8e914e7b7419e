package kz.civicrelay.delivery.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.civicrelay.reference.Trilingual;

/** Messages, subscriptions and a policy for the domain's tests. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    static final String FORUM = "s-02-kz-75";
    static final Trilingual TEXT = new Trilingual("Эстафета Алматы қаласына өтті: ә ғ қ ң ө ұ ү һ і",
            "Эстафета передана Алматы", "The baton passed to Almaty");

    private Fixtures() {
    }

    /** 10 s doubling to at most 80 s, give up 1 h after the first attempt; jitter picks the upper end. */
    static RetryPolicy policy() {
        return new RetryPolicy(Duration.ofSeconds(10), Duration.ofSeconds(80), Duration.ofHours(1),
                Duration.ofSeconds(5), () -> 0.999999);
    }

    static Deliveries deliveries() {
        return new Deliveries(policy());
    }

    static Message notification(String id, String region, String kind, Instant issuedAt) {
        return new Message(id, "s", FORUM, region, kind, TEXT, "KZ-33", "KZ-75", kind.equals("BATON_RECEIVED"),
                issuedAt, null);
    }

    static Message received(Instant issuedAt) {
        return notification(FORUM + "-kz-75", "KZ-75", "BATON_RECEIVED", issuedAt);
    }

    static Subscription webhook(String id, String owner) {
        return new Subscription(id, owner, DeliveryChannel.WEBHOOK, "https://example.kz/hook", List.of(Language.KK),
                1);
    }

    static Subscription email(String id, String owner) {
        return new Subscription(id, owner, DeliveryChannel.EMAIL, id + "@example.kz", List.of(Language.RU), 1);
    }

    static HandoffPackage handoffPackage() {
        return new HandoffPackage("s-01-kz-33",
                new HandoffPackage.AdoptedResolution("res-1", "ab12", TEXT, Map.of("GOVERNMENT", 3)), 120,
                Map.of("CITIZEN", 100), new HandoffPackage.NextForum(FORUM, LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 2), TEXT, TEXT),
                List.of(new HandoffPackage.OpenRecommendation("s-01-kz-33", "rec-1", "REGIONAL_AKIMAT", TEXT, TEXT,
                        "IN_PROGRESS")), 0);
    }

    /** {@code deliveries} with subscription {@code s} added at {@code at}. */
    static void subscribed(Deliveries deliveries, Subscription s, Instant at) {
        deliveries.apply(new DeliveryEvent.SubscriptionAdded(s), at);
    }

    /** Applies a decision's events at {@code at}, as the core folds them once committed. */
    static List<DeliveryEvent> applied(Deliveries deliveries, List<DeliveryEvent> events, Instant at) {
        events.forEach(e -> deliveries.apply(e, at));
        return events;
    }
}
