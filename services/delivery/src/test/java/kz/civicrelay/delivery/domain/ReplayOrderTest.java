package kz.civicrelay.delivery.domain;

import static kz.civicrelay.delivery.domain.Fixtures.FORUM;
import static kz.civicrelay.delivery.domain.Fixtures.T0;
import static kz.civicrelay.delivery.domain.Fixtures.TEXT;
import static kz.civicrelay.delivery.domain.Fixtures.email;
import static kz.civicrelay.delivery.domain.Fixtures.handoffPackage;
import static kz.civicrelay.delivery.domain.Fixtures.received;
import static kz.civicrelay.delivery.domain.Fixtures.webhook;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.civicrelay.platform.testing.ReplayOrders;

/** The same log folded in any order gives the same deliveries. */
class ReplayOrderTest {

    static Stream<Named<UnaryOperator<List<Consumer<Deliveries>>>>> orders() {
        return ReplayOrders.all(11);
    }

    private static List<Consumer<Deliveries>> log() {
        Message received = received(T0);
        Subscription hook = webhook("a", "KZ-75");
        Subscription rotated = new Subscription("a", "KZ-75", hook.channel(), hook.address(), hook.languages(), 2);
        return List.of(
                d -> d.apply(new DeliveryEvent.SubscriptionAdded(hook), T0.minusSeconds(60)),
                d -> d.apply(new DeliveryEvent.SubscriptionAdded(rotated), T0.plusSeconds(60)),
                d -> d.apply(new DeliveryEvent.SubscriptionAdded(email("b", "KZ-75")), T0.minusSeconds(30)),
                d -> d.apply(new DeliveryEvent.SubscriptionAdded(email("ops", Subscription.SECRETARIAT)), T0),
                d -> d.apply(new DeliveryEvent.SubscriptionAdded(email("gone", "KZ-75")), T0.minusSeconds(30)),
                d -> d.apply(new DeliveryEvent.SubscriptionRemoved("gone", "KZ-75"), T0.plusSeconds(1)),
                d -> d.learnNotification(received),
                d -> d.learnBaton(FORUM, handoffPackage()),
                d -> d.learnEscalation(received.messageId(), "s", FORUM, "KZ-75", TEXT, T0.plusSeconds(100)),
                d -> d.apply(new DeliveryEvent.DeliveryFailed("s", FORUM, received.messageId(), "a", hook.channel(), 1,
                        "HTTP 500", T0.plusSeconds(20)), T0.plusSeconds(10)),
                d -> d.apply(new DeliveryEvent.Delivered("s", FORUM, received.messageId(), "a", hook.channel(), 2,
                        "HTTP 200"), T0.plusSeconds(20)),
                d -> d.apply(new DeliveryEvent.DeliveryFailed("s", FORUM, received.messageId(), "b",
                        DeliveryChannel.EMAIL, 1, "mailbox unknown", null), T0.plusSeconds(10)));
    }

    @ParameterizedTest
    @MethodSource("orders")
    void shouldFoldTheSameDeliveriesInAnyOrder(UnaryOperator<List<Consumer<Deliveries>>> order) {
        Deliveries asWritten = Fixtures.deliveries();
        log().forEach(step -> step.accept(asWritten));
        Deliveries replayed = Fixtures.deliveries();
        order.apply(log()).forEach(step -> step.accept(replayed));

        Instant later = T0.plusSeconds(200);
        assertThat(replayed.statuses()).isEqualTo(asWritten.statuses()).hasSize(5);
        assertThat(replayed.due(later)).isEqualTo(asWritten.due(later));
        assertThat(replayed.messages()).isEqualTo(asWritten.messages());
        assertThat(replayed.subscription("a").secretVersion()).isEqualTo(2);
        assertThat(replayed.subscriptions().addedAt("a")).contains(T0.minusSeconds(60));
        assertThat(replayed.due(later)).extracting(d -> d.message().messageId() + "/" + d.subscription().subscriptionId())
                .containsExactly("abandoned-" + received(T0).messageId() + "-b/ops",
                        "escalation-" + received(T0).messageId() + "/ops");
    }
}
