package kz.civicrelay.delivery.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kz.civicrelay.delivery.application.Attempted;
import kz.civicrelay.delivery.application.Attempts;
import kz.civicrelay.delivery.domain.Deliveries;
import kz.civicrelay.delivery.domain.DeliveryEvent;
import kz.civicrelay.delivery.domain.DeliveryStatus;
import kz.civicrelay.delivery.domain.Due;
import kz.civicrelay.delivery.domain.Language;
import kz.civicrelay.delivery.domain.Message;
import kz.civicrelay.delivery.domain.RetryPolicy;
import kz.civicrelay.delivery.domain.Subscription;
import kz.civicrelay.delivery.send.Channel;
import kz.civicrelay.delivery.send.Outcome;
import kz.civicrelay.delivery.domain.DeliveryChannel;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.reference.Trilingual;

/** The dispatcher over a plain deliveries state: each due attempt sent once at a time, then recorded. */
class DispatcherTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private final Deliveries deliveries = new Deliveries(new RetryPolicy(Duration.ofSeconds(10),
            Duration.ofMinutes(1), Duration.ofHours(1), Duration.ZERO, () -> 0));
    private final InMemoryAttempts attempts = new InMemoryAttempts();
    private final Wakeup wakeup = new Wakeup();
    private Dispatcher dispatcher;

    /** The acts over {@link #deliveries}, committing each decision at once as the core would. */
    private final class InMemoryAttempts implements Attempts {

        volatile boolean active = true;

        @Override
        public boolean isActive() {
            return active;
        }

        @Override
        public List<Due> due(Instant now, int limit) {
            synchronized (deliveries) {
                return deliveries.due(now, limit);
            }
        }

        @Override
        public boolean isDue(Due due, Instant now) {
            synchronized (deliveries) {
                return deliveries.isDue(due, now);
            }
        }

        final List<Integer> batches = new CopyOnWriteArrayList<>();
        /** Holds the first recording until released, as a slow commit would. */
        final CountDownLatch firstCommit = new CountDownLatch(0);
        volatile CountDownLatch commit = firstCommit;

        @Override
        public List<DeliveryEvent> record(List<Attempted> attempted, Origin origin) {
            try {
                commit.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (deliveries) {
                batches.add(attempted.size());
                List<DeliveryEvent> recorded = new java.util.ArrayList<>();
                for (Attempted a : attempted) {
                    Due due = a.due();
                    String m = due.message().messageId();
                    String s = due.subscription().subscriptionId();
                    List<DeliveryEvent> events = a.outcome() instanceof Outcome.Failed f
                            ? deliveries.failed(m, s, due.attempt(), f.reason(), f.permanent(), a.at())
                            : deliveries.delivered(m, s, due.attempt(), ((Outcome.Accepted) a.outcome()).detail());
                    events.forEach(e -> deliveries.apply(e, a.at()));
                    recorded.addAll(events);
                }
                return recorded;
            }
        }
    }

    /** A webhook channel that answers {@code outcome}, each send waiting for {@code released}. */
    private static final class FakeChannel implements Channel {

        final List<String> sent = new CopyOnWriteArrayList<>();
        final CountDownLatch released = new CountDownLatch(1);
        volatile RuntimeException failure;

        @Override
        public DeliveryChannel kind() {
            return DeliveryChannel.WEBHOOK;
        }

        @Override
        public Outcome send(Message message, Subscription subscription, int attempt) {
            sent.add(message.messageId() + "/" + subscription.subscriptionId() + "#" + attempt);
            try {
                released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            return new Outcome.Accepted("HTTP 204");
        }
    }

    private final FakeChannel webhook = new FakeChannel();

    private void given(Subscription subscription) {
        synchronized (deliveries) {
            deliveries.apply(new DeliveryEvent.SubscriptionAdded(subscription), NOW.minusSeconds(60));
            deliveries.learnNotification(new Message("n1", "s", "f", "KZ-75", "SERIES_UPDATE",
                    new Trilingual("Хабар: ә ғ қ", "Сообщение", "Message"), "KZ-33", "KZ-75", false, NOW, null));
        }
        dispatcher = new Dispatcher(attempts, List.of(webhook), Clock.fixed(NOW, ZoneOffset.UTC), wakeup, 2);
    }

    private static Subscription subscription(String id, DeliveryChannel channel) {
        return new Subscription(id, "KZ-75", channel, "https://example.kz/" + id, List.of(Language.KK), 1);
    }

    private List<DeliveryStatus> statuses() {
        synchronized (deliveries) {
            return deliveries.statuses();
        }
    }

    @AfterEach
    void stop() {
        webhook.released.countDown();
        if (dispatcher != null) {
            dispatcher.destroy();
        }
    }

    @Test
    void shouldSendAnAttemptInFlightOnceHoweverOftenItLooks() {
        given(subscription("a", DeliveryChannel.WEBHOOK));
        dispatcher.dispatchDue();
        await().atMost(Duration.ofSeconds(5)).until(() -> webhook.sent.size() == 1);
        dispatcher.dispatchDue();
        dispatcher.poll();
        webhook.released.countDown();

        await().atMost(Duration.ofSeconds(5)).until(() -> statuses().get(0).state() == DeliveryStatus.State.DELIVERED);
        dispatcher.dispatchDue();
        assertThat(webhook.sent).containsExactly("n1/a#1");
        assertThat(statuses().get(0).lastDetail()).isEqualTo("HTTP 204");
    }

    @Test
    void shouldLeaveAMessageForAChannelWithoutABeanPending() {
        given(subscription("m", DeliveryChannel.EMAIL));
        webhook.released.countDown();
        dispatcher.dispatchDue();

        assertThat(webhook.sent).isEmpty();
        assertThat(statuses()).singleElement().extracting(DeliveryStatus::state)
                .isEqualTo(DeliveryStatus.State.PENDING);
    }

    @Test
    void shouldRecordAChannelThatThrowsAsARetryableFailure() {
        given(subscription("a", DeliveryChannel.WEBHOOK));
        webhook.failure = new IllegalStateException("boom");
        webhook.released.countDown();
        dispatcher.dispatchDue();

        await().atMost(Duration.ofSeconds(5)).until(() -> statuses().get(0).state() == DeliveryStatus.State.RETRYING);
        assertThat(statuses().get(0).lastDetail()).isEqualTo("the WEBHOOK channel failed: IllegalStateException");
        assertThat(statuses().get(0).nextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void shouldRecordTheOutcomesSentWhileACommitRanTogetherInTheNextOne() {
        CountDownLatch slowCommit = new CountDownLatch(1);
        attempts.commit = slowCommit;
        for (String id : List.of("a", "b", "c", "d", "e")) {
            synchronized (deliveries) {
                deliveries.apply(new DeliveryEvent.SubscriptionAdded(subscription(id, DeliveryChannel.WEBHOOK)),
                        NOW.minusSeconds(60));
            }
        }
        given(subscription("f", DeliveryChannel.WEBHOOK));
        webhook.released.countDown();
        dispatcher.dispatchDue();

        // The first outcome's commit is slow; the five others are sent meanwhile and wait for it.
        await().atMost(Duration.ofSeconds(5)).until(() -> webhook.sent.size() == 6 && attempts.batches.isEmpty());
        slowCommit.countDown();

        await().atMost(Duration.ofSeconds(5)).until(() -> statuses().stream()
                .allMatch(s -> s.state() == DeliveryStatus.State.DELIVERED));
        assertThat(attempts.batches).as("one commit, then the outcomes that came in meanwhile together (a sender "
                + "may still be handing its outcome over when the first commit ends)").hasSizeBetween(2, 3)
                .startsWith(1);
        assertThat(attempts.batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(6);
        assertThat(webhook.sent).hasSize(6);
    }

    @Test
    void shouldSendNothingOnAStandby() {
        given(subscription("a", DeliveryChannel.WEBHOOK));
        attempts.active = false;
        webhook.released.countDown();
        dispatcher.dispatchDue();

        assertThat(webhook.sent).isEmpty();
    }

    @Test
    void shouldLookAtOnceWhenWokenByANewMessage() {
        given(subscription("a", DeliveryChannel.WEBHOOK));
        webhook.released.countDown();
        wakeup.learned(null); // no poll: only the bell makes it look

        await().atMost(Duration.ofSeconds(5)).until(() -> statuses().get(0).state() == DeliveryStatus.State.DELIVERED);
        assertThat(webhook.sent).containsExactly("n1/a#1");
    }
}
