package kz.civicrelay.delivery.messaging;

import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.delivery.domain.DeliveryEvent;
import kz.civicrelay.delivery.domain.DeliveryEvent.Delivered;
import kz.civicrelay.delivery.domain.DeliveryEvent.DeliveryFailed;
import kz.civicrelay.delivery.domain.DeliveryEvent.SubscriptionAdded;
import kz.civicrelay.delivery.domain.DeliveryEvent.SubscriptionRemoved;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.core.EventCodec;
import kz.civicrelay.platform.publish.OutgoingEvent;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * Delivery's events on its two topics: each attempt's outcome on {@code relay.delivery} (key: the notification
 * or alert id, so one message's attempts stay in order), subscriptions on {@code relay.subscriptions} (key:
 * the owner, a region code or {@code secretariat}), kept apart because they hold addresses (personal data).
 */
public final class DeliveryCodec implements EventCodec<DeliveryEvent> {

    @Override
    public List<RelayTopic> topics() {
        return List.of(RelayTopic.DELIVERY, RelayTopic.SUBSCRIPTIONS);
    }

    @Override
    public @Nullable String forumIdOf(DeliveryEvent event) {
        return event.forumId();
    }

    @Override
    public OutgoingEvent encode(DeliveryEvent event, Envelope envelope) {
        SpecificRecord record = DeliveryAvro.toAvro(event, envelope);
        if (event instanceof SubscriptionAdded e) {
            return new OutgoingEvent(RelayTopic.SUBSCRIPTIONS, e.subscription().owner(), record);
        }
        if (event instanceof SubscriptionRemoved e) {
            return new OutgoingEvent(RelayTopic.SUBSCRIPTIONS, e.owner(), record);
        }
        String messageId = event instanceof Delivered e ? e.messageId() : ((DeliveryFailed) event).messageId();
        return new OutgoingEvent(RelayTopic.DELIVERY, messageId, record);
    }

    @Override
    public Optional<DeliveryEvent> decode(SpecificRecord record) {
        return DeliveryAvro.fromAvro(record);
    }
}
