package kz.civicrelay.console.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.civicrelay.console.SampleEvents;
import kz.civicrelay.events.DeliveryChannel;
import kz.civicrelay.events.HandoffNotificationIssued;
import kz.civicrelay.events.NotificationKind;
import kz.civicrelay.platform.testing.ReplayOrders;

class HandoffDeliveriesTest {

    private static final Instant RETRY = Instant.parse("2031-04-03T10:00:00Z");

    private final SampleEvents events = new SampleEvents("series-delivery");
    private final HandoffNotificationIssued received = events.notified(1, "KZ-75", NotificationKind.BATON_RECEIVED);
    private final HandoffNotificationIssued passed = events.notified(1, "KZ-33", NotificationKind.BATON_PASSED);
    private final HandoffNotificationIssued informed = events.notified(1, "KZ-10", NotificationKind.SERIES_UPDATE);

    private final List<SpecificRecord> log = List.of(events.planned(), events.batonPassed(), received, passed, informed,
            events.failed(informed, "sub-mail-10", DeliveryChannel.EMAIL, 1, RETRY.minusSeconds(60)),
            events.failed(informed, "sub-mail-10", DeliveryChannel.EMAIL, 2, RETRY),
            events.delivered(passed, "sub-hook-33a", DeliveryChannel.WEBHOOK, 1),
            events.failed(passed, "sub-hook-33b", DeliveryChannel.WEBHOOK, 7, null),
            events.failed(received, "sub-mail-75", DeliveryChannel.EMAIL, 1, RETRY),
            events.delivered(received, "sub-mail-75", DeliveryChannel.EMAIL, 2),
            events.notified(1, "KZ-75", NotificationKind.BATON_REMINDER), events.escalated(received),
            events.notified(1, "KZ-10", NotificationKind.SERIES_COMPLETED));

    @Test
    void shouldShowEachRegionsDeliveriesByChannelAcknowledgementAndEscalation() {
        RelayBoard board = boardOf(log());

        List<HandoffDeliveryView> handoffs = board.deliveries("series-delivery").orElseThrow();

        assertThat(handoffs).singleElement().satisfies(h -> {
            assertThat(h.number()).isEqualTo(1);
            assertThat(h.toRegionCode()).isEqualTo("KZ-75");
            assertThat(h.regions()).extracting(HandoffDeliveryView.Row::regionCode)
                    .as("by region code; neither the reminder nor the end of the series is a row of its own").containsExactly("KZ-10", "KZ-33", "KZ-75");
        });
        List<HandoffDeliveryView.Row> rows = handoffs.get(0).regions();
        HandoffDeliveryView.Row kz10 = rows.get(0);
        assertThat(kz10.email()).isEqualTo(new HandoffDeliveryView.Channel("retrying", 0, 1, 2, "HTTP 500",
                RETRY.toString()));
        assertThat(kz10.webhook()).isEqualTo(HandoffDeliveryView.Channel.NONE);
        assertThat(kz10.acknowledgementRequired()).isFalse();
        assertThat(kz10.overdue()).isFalse();

        HandoffDeliveryView.Row kz33 = rows.get(1);
        assertThat(kz33.webhook().state()).as("one of two subscriptions gave up").isEqualTo("abandoned");
        assertThat(kz33.webhook().delivered()).isEqualTo(1);
        assertThat(kz33.webhook().subscriptions()).isEqualTo(2);
        assertThat(kz33.webhook().nextAttemptAt()).isNull();

        HandoffDeliveryView.Row kz75 = rows.get(2);
        assertThat(kz75.region().kk()).isEqualTo("Алматы қаласы");
        assertThat(kz75.email()).isEqualTo(new HandoffDeliveryView.Channel("delivered", 1, 1, 2, null, null));
        assertThat(kz75.acknowledgedAt()).isNull();
        assertThat(kz75.reminders()).isEqualTo(1);
        assertThat(kz75.escalatedAt()).isNotNull();
        assertThat(kz75.overdue()).isTrue();
    }

    @Test
    void shouldNoLongerBeOverdueOnceAcknowledged() {
        List<SpecificRecord> log = new ArrayList<>(log());
        log.add(events.acknowledged(received));

        HandoffDeliveryView.Row kz75 = boardOf(log).deliveries("series-delivery").orElseThrow().get(0).regions().get(2);

        assertThat(kz75.acknowledgedAt()).isNotNull();
        assertThat(kz75.overdue()).isFalse();
        assertThat(kz75.escalatedAt()).as("the escalation stays on record").isNotNull();
    }

    @Test
    void shouldKnowNoSeriesItNeverRead() {
        assertThat(boardOf(log()).deliveries("another-series")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void shouldShowTheSameWhateverOrderTheTopicsAreReadIn(UnaryOperator<List<SpecificRecord>> order) {
        List<HandoffDeliveryView> inOrder = boardOf(log()).deliveries("series-delivery").orElseThrow();

        assertThat(boardOf(order.apply(log())).deliveries("series-delivery").orElseThrow()).isEqualTo(inOrder);
    }

    static Stream<Named<UnaryOperator<List<SpecificRecord>>>> orders() {
        return ReplayOrders.all(20310402L);
    }

    private List<SpecificRecord> log() {
        return log;
    }

    private static RelayBoard boardOf(List<SpecificRecord> log) {
        RelayBoard board = new RelayBoard();
        long offset = 0;
        for (SpecificRecord event : log) {
            board.apply(topicOf(event), 0, offset++, event);
        }
        return board;
    }

    private static String topicOf(SpecificRecord event) {
        String producer = kz.civicrelay.platform.envelope.Envelopes.of(event).getProducer();
        return event instanceof HandoffNotificationIssued ? "relay.notifications" : "relay." + producer;
    }
}
