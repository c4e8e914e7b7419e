package kz.civicrelay.delivery.domain;

import static kz.civicrelay.delivery.domain.Fixtures.FORUM;
import static kz.civicrelay.delivery.domain.Fixtures.T0;
import static kz.civicrelay.delivery.domain.Fixtures.TEXT;
import static kz.civicrelay.delivery.domain.Fixtures.applied;
import static kz.civicrelay.delivery.domain.Fixtures.deliveries;
import static kz.civicrelay.delivery.domain.Fixtures.email;
import static kz.civicrelay.delivery.domain.Fixtures.handoffPackage;
import static kz.civicrelay.delivery.domain.Fixtures.notification;
import static kz.civicrelay.delivery.domain.Fixtures.received;
import static kz.civicrelay.delivery.domain.Fixtures.subscribed;
import static kz.civicrelay.delivery.domain.Fixtures.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import kz.civicrelay.delivery.domain.DeliveryEvent.Delivered;
import kz.civicrelay.delivery.domain.DeliveryEvent.DeliveryFailed;

/** What is due to whom, and what an attempt's outcome decides. */
class DeliveriesTest {

    private final Deliveries deliveries = deliveries();
    private final Message received = received(T0);

    @Test
    void shouldDueTheFirstAttemptToEachSubscriptionOfTheRecipientAddedBeforeTheNotification() {
        subscribed(deliveries, webhook("a", "KZ-75"), T0.minusSeconds(60));
        subscribed(deliveries, email("b", "KZ-75"), T0);
        subscribed(deliveries, webhook("late", "KZ-75"), T0.plusMillis(1));
        subscribed(deliveries, webhook("other", "KZ-33"), T0.minusSeconds(60));
        deliveries.learnBaton(FORUM, null);
        deliveries.learnNotification(received);

        assertThat(deliveries.due(T0)).extracting(d -> d.subscription().subscriptionId(), Due::attempt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 1), org.assertj.core.groups.Tuple.tuple("b", 1));
        assertThat(deliveries.due(T0)).allSatisfy(d -> assertThat(d.message()).isEqualTo(received));
    }

    @Test
    void shouldDueNothingToARemovedSubscription() {
        subscribed(deliveries, webhook("a", "KZ-75"), T0.minusSeconds(60));
        deliveries.learnBaton(FORUM, null);
        deliveries.learnNotification(received);
        applied(deliveries, deliveries.unsubscribe("a"), T0);

        assertThat(deliveries.due(T0)).isEmpty();
        assertThat(deliveries.statuses()).singleElement().extracting(DeliveryStatus::state)
                .isEqualTo(DeliveryStatus.State.CANCELLED);
    }

    @Test
    void shouldHoldANotificationAboutAHandoffUntilItsBatonIsLearnedOrTheWaitIsOver() {
        subscribed(deliveries, webhook("a", "KZ-75"), T0.minusSeconds(60));
        deliveries.learnNotification(received);

        assertThat(deliveries.due(T0.plusMillis(4999))).as("waiting for the baton").isEmpty();
        assertThat(deliveries.due(T0.plusSeconds(5))).as("the wait is over").hasSize(1);
        deliveries.learnBaton(FORUM, handoffPackage());
        assertThat(deliveries.due(T0)).as("the baton came").singleElement()
                .satisfies(d -> assertThat(d.message().handoffPackage()).isEqualTo(handoffPackage()));
    }

    @Test
    void shouldHoldEveryRegionsNotificationOfAHandoffForItsPackage() {
        subscribed(deliveries, webhook("a", "KZ-10"), T0.minusSeconds(60));
        deliveries.learnNotification(notification("update-kz-10", "KZ-10", "SERIES_UPDATE", T0));

        assertThat(deliveries.due(T0)).as("an informed region waits for the baton too").isEmpty();
        deliveries.learnBaton(FORUM, handoffPackage());
        assertThat(deliveries.due(T0)).singleElement()
                .satisfies(d -> assertThat(d.message().handoffPackage()).isEqualTo(handoffPackage()));
    }

    @Test
    void shouldNotHoldANotificationThatIsNotAboutAHandoff() {
        subscribed(deliveries, webhook("a", "KZ-75"), T0.minusSeconds(60));
        deliveries.learnNotification(notification("done-kz-75", "KZ-75", "SERIES_COMPLETED", T0));
        deliveries.learnNotification(new Message("nf", "s", null, "KZ-75", "BATON_REMINDER", TEXT, "KZ-33", "KZ-75",
                false, T0, null));
        assertThat(deliveries.due(T0)).extracting(d -> d.message().messageId()).containsExactly("done-kz-75", "nf");
    }

    @Test
    void shouldAttachTheBatonsPackageToEveryNotificationOfItsForumOnly() {
        deliveries.learnNotification(received);
        deliveries.learnNotification(new Message("x", "s", "s-03-kz-71", "KZ-71", "BATON_PASSED", TEXT, "KZ-33",
                "KZ-75", false, T0, null));
        deliveries.learnBaton(FORUM, handoffPackage());
        deliveries.learnBaton(FORUM, null);

        assertThat(deliveries.message(received.messageId()).handoffPackage()).as("a later null keeps the package")
                .isEqualTo(handoffPackage());
        assertThat(deliveries.message("x").handoffPackage()).isNull();
    }

    @Test
    void shouldDueTheNextAttemptOnceTheLastFailuresTimeHasCome() {
        subscribed(deliveries, webhook("a", "KZ-75"), T0.minusSeconds(60));
        deliveries.learnBaton(FORUM, null);
        deliveries.learnNotification(received);
        List<DeliveryEvent> failed = applied(deliveries,
                deliveries.failed(received.messageId(), "a", 1, "HTTP 500", false, T0), T0);
        Instant next = ((DeliveryFailed) failed.get(0)).nextAttemptAt();

        assertThat(next).isEqualTo(T0.plusMillis(9999));
        assertThat(deliveries.due(next.minusMillis(1))).isEmpty();
        assertThat(deliveries.due(next)).singleElement().extracting(Due::attempt).isEqualTo(2);
        assertThat(deliveries.statuses()).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(DeliveryStatus.State.RETRYING);
            assertThat(s.attempts()).isEqualTo(1);
            assertThat(s.lastDetail()).isEqualTo("HTTP 500");
            assertThat(s.lastAttemptAt()).isEqualTo(T0);
            assertThat(s.nextAttemptAt()).isEqualTo(next);
            assertThat(s.deliveredAt()).isNull();
        });
    }

    @Test
    void shouldDueNothingMoreOnceDelivered() {
        subscribed(deliveries, webhook("a", "KZ-75"), T0.minusSeconds(60));
        deliveries.learnBaton(FORUM, null);
        deliveries.learnNotification(received);
        applied(deliveries, deliveries.failed(received.messageId(), "a", 1, "HTTP 500", false, T0), T0);
        List<DeliveryEvent> delivered = applied(deliveries,
                deliveries.delivered(received.messageId(), "a", 2, "HTTP 204"), T0.plusSeconds(10));

        assertThat(delivered).containsExactly(new Delivered("s", FORUM, received.messageId(), "a",
                DeliveryChannel.WEBHOOK, 2, "HTTP 204"));
        assertThat(deliveries.due(T0.plusSeconds(3600))).isEmpty();
        assertThat(deliveries.statuses()).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(DeliveryStatus.State.DELIVERED);
            assertThat(s.attempts()).isEqualTo(2);
            assertThat(s.deliveredAt()).isEqualTo(T0.plusSeconds(10));
            assertThat(s.nextAttemptAt()).isNull();
            assertThat(s.lastDetail()).isEqualTo("HTTP 204");
        });
    }

    @Test
    void shouldRecordAnAttemptOnce() {
        subscribed(deliveries, webhook("a", "KZ-75"), T0.minusSeconds(60));
        deliveries.learnNotification(received);
        applied(deliveries, deliveries.failed(received.messageId(), "a", 1, "HTTP 500", false, T0), T0);

        assertThat(deliveries.failed(received.messageId(), "a", 1, "HTTP 500", false, T0)).isEmpty();
        assertThat(deliveries.delivered(received.messageId(), "a", 1, "HTTP 200")).isEmpty();
        applied(deliveries, deliveries.delivered(received.messageId(), "a", 2, "HTTP 200"), T0);
        assertThat(deliveries.delivered(received.messageId(), "a", 3, "HTTP 200")).as("finished").isEmpty();
        assertThat(deliveries.failed(received.messageId(), "a", 3, "HTTP 500", false, T0)).isEmpty();
    }

    @Test
    void shouldGiveUpOnAPermanentFailureAndAlertTheSecretariat() {
        subscribed(deliveries, webhook("a", "KZ-75"), T0.minusSeconds(60));
        subscribed(deliveries, email("ops", Subscription.SECRETARIAT), T0.minusSeconds(60));
        deliveries.learnNotification(received);
        List<DeliveryEvent> failed = applied(deliveries,
                deliveries.failed(received.messageId(), "a", 1, "HTTP 410 Gone", true, T0), T0.plusSeconds(1));

        assertThat(((DeliveryFailed) failed.get(0)).nextAttemptAt()).isNull();
        String alertId = "abandoned-" + received.messageId() + "-a";
        assertThat(deliveries.due(T0.plusSeconds(2))).singleElement().satisfies(d -> {
            assertThat(d.subscription().subscriptionId()).isEqualTo("ops");
            assertThat(d.message().messageId()).isEqualTo(alertId);
            assertThat(d.message().owner()).isEqualTo(Subscription.SECRETARIAT);
            assertThat(d.message().kind()).isEqualTo("DELIVERY_ABANDONED");
            assertThat(d.message().issuedAt()).isEqualTo(T0.plusSeconds(1));
            assertThat(d.message().text().kk()).contains("жеткізілмеді").contains("HTTP 410 Gone");
            assertThat(d.message().text().ru()).contains("не доставлено").contains("KZ-75");
            assertThat(d.message().text().en()).contains("gave up").contains("webhook");
            assertThat(d.message().forumId()).isEqualTo(FORUM);
        });
        assertThat(deliveries.statuses()).extracting(s -> s.message().messageId(), DeliveryStatus::state)
                .contains(org.assertj.core.groups.Tuple.tuple(received.messageId(), DeliveryStatus.State.ABANDONED));
    }

    @Test
    void shouldNeverAlertAboutAnAbandonedAlert() {
        subscribed(deliveries, email("ops", Subscription.SECRETARIAT), T0.minusSeconds(60));
        deliveries.learnEscalation("n1", "s", FORUM, "KZ-75", TEXT, T0);
        applied(deliveries, deliveries.failed("escalation-n1", "ops", 1, "mailbox unknown", true, T0), T0);

        assertThat(deliveries.messages()).extracting(Message::messageId).containsExactly("escalation-n1");
        assertThat(deliveries.due(T0.plusSeconds(3600))).isEmpty();
    }

    @Test
    void shouldGiveUpWhenTheNextAttemptFallsPastTheHorizonAfterTheFirstAttempt() {
        subscribed(deliveries, webhook("a", "KZ-75"), T0.minusSeconds(60));
        deliveries.learnNotification(received);
        applied(deliveries, deliveries.failed(received.messageId(), "a", 1, "HTTP 500", false, T0), T0);
        Instant late = T0.plusSeconds(3600 - 19);
        List<DeliveryEvent> second = deliveries.failed(received.messageId(), "a", 2, "HTTP 503", false, late);

        assertThat(((DeliveryFailed) second.get(0)).nextAttemptAt()).as("20 s later is past the hour").isNull();
        Instant earlier = T0.plusSeconds(3600 - 20);
        assertThat(((DeliveryFailed) deliveries.failed(received.messageId(), "a", 2, "HTTP 503", false, earlier)
                .get(0)).nextAttemptAt()).as("within the hour").isEqualTo(earlier.plusMillis(19999));
    }

    @Test
    void shouldRefuseToRecordAnUnknownMessageOrSubscriptionOrAttemptZero() {
        subscribed(deliveries, webhook("a", "KZ-75"), T0.minusSeconds(60));
        deliveries.learnNotification(received);
        assertThatThrownBy(() -> deliveries.delivered("nope", "a", 1, "HTTP 200"))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> deliveries.delivered(received.messageId(), "nope", 1, "HTTP 200"))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> deliveries.failed(received.messageId(), "nope", 1, "x", false, T0))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> deliveries.delivered(received.messageId(), "a", 0, "HTTP 200"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldAlertTheSecretariatOfAnEscalationWithTheNotificationsRegions() {
        subscribed(deliveries, webhook("ops", Subscription.SECRETARIAT), T0.minusSeconds(60));
        subscribed(deliveries, webhook("team", "KZ-75"), T0.minusSeconds(60));
        deliveries.learnEscalation(received.messageId(), "s", FORUM, "KZ-75", TEXT, T0.plusSeconds(5));
        deliveries.learnEscalation(received.messageId(), "s", FORUM, "KZ-75", TEXT, T0.plusSeconds(9));

        Message alone = deliveries.message("escalation-" + received.messageId());
        assertThat(alone.fromRegionCode()).as("the notification is not known yet").isEqualTo("KZ-75");
        deliveries.learnNotification(notification(received.messageId(), "KZ-75", "BATON_RECEIVED", T0));
        Message alert = deliveries.message("escalation-" + received.messageId());
        assertThat(alert.owner()).isEqualTo(Subscription.SECRETARIAT);
        assertThat(alert.kind()).isEqualTo("ESCALATION");
        assertThat(alert.text()).isEqualTo(TEXT);
        assertThat(alert.fromRegionCode()).isEqualTo("KZ-33");
        assertThat(alert.toRegionCode()).isEqualTo("KZ-75");
        assertThat(alert.issuedAt()).as("the first escalation learned").isEqualTo(T0.plusSeconds(5));
        assertThat(alert.acknowledgementRequired()).isFalse();
        assertThat(deliveries.due(T0.plusSeconds(10))).filteredOn(d -> d.message().equals(alert))
                .extracting(d -> d.subscription().subscriptionId()).containsExactly("ops");
    }

    @Test
    void shouldSubscribeUnsubscribeAndRotateASecret() {
        Subscription hook = webhook("a", "KZ-75");
        List<DeliveryEvent> added = applied(deliveries, deliveries.subscribe(hook), T0);
        assertThat(added).containsExactly(new DeliveryEvent.SubscriptionAdded(hook));
        assertThat(added.get(0).seriesId()).isEqualTo(DeliveryEvent.SUBSCRIPTIONS_SERIES);
        assertThat(added.get(0).forumId()).isNull();
        assertThatThrownBy(() -> deliveries.subscribe(hook)).isInstanceOf(IllegalStateException.class);

        applied(deliveries, deliveries.rotateSecret("a"), T0.plusSeconds(60));
        assertThat(deliveries.subscription("a").secretVersion()).isEqualTo(2);
        assertThat(deliveries.subscriptions().addedAt("a")).as("added when first added").contains(T0);

        applied(deliveries, deliveries.subscribe(email("m", "KZ-75")), T0);
        assertThatThrownBy(() -> deliveries.rotateSecret("m")).isInstanceOf(IllegalStateException.class);

        List<DeliveryEvent> removed = applied(deliveries, deliveries.unsubscribe("a"), T0);
        assertThat(removed).containsExactly(new DeliveryEvent.SubscriptionRemoved("a", "KZ-75"));
        assertThat(removed.get(0).seriesId()).isEqualTo(DeliveryEvent.SUBSCRIPTIONS_SERIES);
        assertThat(removed.get(0).forumId()).isNull();
        assertThatThrownBy(() -> deliveries.subscription("a")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> deliveries.unsubscribe("a")).isInstanceOf(NoSuchElementException.class);
        assertThat(deliveries.subscriptions().active()).extracting(Subscription::subscriptionId).containsExactly("m");
        assertThat(deliveries.subscriptions().find("a")).as("kept, removed").isPresent();
        assertThat(deliveries.subscriptions().isRemoved("a")).isTrue();
    }

    @Test
    void shouldListTheSubscriptionsNotRemovedByOwnerThenId() {
        subscribed(deliveries, webhook("b", "KZ-75"), T0);
        subscribed(deliveries, webhook("a", "KZ-75"), T0);
        subscribed(deliveries, webhook("z", "KZ-33"), T0);
        assertThat(deliveries.subscriptions().active()).extracting(Subscription::subscriptionId)
                .containsExactly("z", "a", "b");
    }

    @Test
    void shouldListStatusesByIssueTimeThenOwnerThenSubscription() {
        subscribed(deliveries, webhook("b", "KZ-75"), T0.minusSeconds(60));
        subscribed(deliveries, webhook("a", "KZ-75"), T0.minusSeconds(60));
        subscribed(deliveries, webhook("c", "KZ-33"), T0.minusSeconds(60));
        deliveries.learnNotification(notification("late", "KZ-33", "SERIES_UPDATE", T0.plusSeconds(1)));
        deliveries.learnNotification(notification("n75", "KZ-75", "SERIES_UPDATE", T0));
        deliveries.learnNotification(notification("n33", "KZ-33", "SERIES_UPDATE", T0));

        assertThat(deliveries.statuses()).extracting(s -> s.message().messageId() + "/" + s.subscription().subscriptionId())
                .containsExactly("n33/c", "n75/a", "n75/b", "late/c");
        assertThat(deliveries.statuses()).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo(DeliveryStatus.State.PENDING);
            assertThat(s.attempts()).isZero();
            assertThat(s.lastDetail()).isNull();
            assertThat(s.lastAttemptAt()).isNull();
        });
    }

    @Test
    void shouldTellWhetherADueAttemptIsStillDue() {
        subscribed(deliveries, webhook("a", "KZ-75"), T0.minusSeconds(60));
        deliveries.learnBaton(FORUM, null);
        deliveries.learnNotification(received);
        Due first = deliveries.due(T0).get(0);
        assertThat(deliveries.isDue(first, T0)).isTrue();
        applied(deliveries, deliveries.failed(received.messageId(), "a", 1, "HTTP 500", false, T0), T0);
        assertThat(deliveries.isDue(first, T0)).as("recorded meanwhile").isFalse();
        Due second = new Due(first.message(), first.subscription(), 2);
        assertThat(deliveries.isDue(second, T0)).as("not yet").isFalse();
        assertThat(deliveries.isDue(second, T0.plusSeconds(10))).isTrue();
        applied(deliveries, deliveries.unsubscribe("a"), T0);
        assertThat(deliveries.isDue(second, T0.plusSeconds(10))).as("removed").isFalse();
    }

    @Test
    void shouldKeepTheFirstOfTwoNotificationsWithOneId() {
        deliveries.learnNotification(received);
        deliveries.learnNotification(notification(received.messageId(), "KZ-75", "SERIES_UPDATE", T0));
        assertThat(deliveries.messages()).containsExactly(received);
        assertThatThrownBy(() -> deliveries.message("unknown")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void shouldOweTheSameAttemptUnderTheSameIdUntilItsOutcomeIsRecorded() {
        // A crash between sending and recording leaves nothing in the log: the rebuilt state owes the attempt again.
        subscribed(deliveries, webhook("a", "KZ-75"), T0.minusSeconds(60));
        deliveries.learnBaton(FORUM, null);
        deliveries.learnNotification(received);
        Due before = deliveries.due(T0).get(0);

        assertThat(deliveries.due(T0.plusSeconds(3600))).containsExactly(before);
        assertThat(before.message().messageId()).isEqualTo(received.messageId());
        assertThat(before.attempt()).isEqualTo(1);
    }

    @Test
    void shouldOweNothingOnceDeliveredEvenIfALaterFailureWasRecorded() {
        // e.g. two instances each recorded an attempt around a takeover: the delivery stands.
        subscribed(deliveries, webhook("a", "KZ-75"), T0.minusSeconds(60));
        deliveries.learnBaton(FORUM, null);
        deliveries.learnNotification(received);
        deliveries.apply(new Delivered("s", FORUM, received.messageId(), "a", DeliveryChannel.WEBHOOK, 1, "HTTP 200"),
                T0);
        deliveries.apply(new DeliveryFailed("s", FORUM, received.messageId(), "a", DeliveryChannel.WEBHOOK, 2,
                "HTTP 500", T0.plusSeconds(1)), T0);

        assertThat(deliveries.due(T0.plusSeconds(60))).isEmpty();
        assertThat(deliveries.statuses()).singleElement().extracting(DeliveryStatus::state)
                .isEqualTo(DeliveryStatus.State.DELIVERED);
    }

    @Test
    void shouldRefuseASecondSubscriptionOfAnOwnerAtTheSameAddressButNotAnothersOrARemovedOnes() {
        applied(deliveries, deliveries.subscribe(email("a", "KZ-75")), T0);
        Subscription same = new Subscription("b", "KZ-75", DeliveryChannel.EMAIL, "A@example.kz", List.of(Language.KK), 1);

        assertThatThrownBy(() -> deliveries.subscribe(same)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("(a)");
        assertThatThrownBy(() -> deliveries.subscribe(email("a", "KZ-33"))).as("an id taken")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Subscription a exists");
        assertThat(deliveries.subscribe(new Subscription("c", "KZ-33", DeliveryChannel.EMAIL, "a@example.kz",
                List.of(Language.KK), 1))).as("another owner").hasSize(1);
        assertThat(deliveries.subscribe(new Subscription("d", "KZ-75", DeliveryChannel.WEBHOOK, "a@example.kz",
                List.of(Language.KK), 1))).as("another channel").hasSize(1);
        assertThat(deliveries.subscribe(new Subscription("e", "KZ-75", DeliveryChannel.EMAIL, "e@example.kz",
                List.of(Language.KK), 1))).as("another address").hasSize(1);
        applied(deliveries, deliveries.unsubscribe("a"), T0);
        assertThat(deliveries.subscribe(same)).as("once removed").hasSize(1);
    }
}
