package kz.civicrelay.delivery.messaging;

import kz.civicrelay.delivery.application.Delivery;
import kz.civicrelay.delivery.domain.Deliveries;
import kz.civicrelay.delivery.domain.DeliveryEvent;
import kz.civicrelay.delivery.domain.RetryPolicy;
import kz.civicrelay.platform.core.Fold;
import kz.civicrelay.platform.core.ServiceDefinition;

/**
 * Delivery as its service core runs it: empty deliveries, folded from delivery's own events (each at the time
 * its envelope names) and from handoff's facts, and its events on the wire.
 */
public final class DeliveryDefinition {

    private DeliveryDefinition() {
    }

    /** {@code newMessage} wakes the dispatcher when a message is learned live. */
    public static ServiceDefinition<Deliveries, DeliveryEvent> create(RetryPolicy policy, NewMessages newMessage) {
        return new ServiceDefinition<>(new Deliveries(policy),
                Fold.of((state, event, envelope) -> state.apply(event, envelope.getOccurredAt()), Delivery::seriesIdOf),
                new DeliveryUpstream(newMessage), new DeliveryCodec());
    }
}
