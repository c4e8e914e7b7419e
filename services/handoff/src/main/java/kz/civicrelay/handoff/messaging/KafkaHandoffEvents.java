package kz.civicrelay.handoff.messaging;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.publish.OutgoingEvent;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.publish.RelayPublisher;
import kz.civicrelay.platform.publish.StatePublisher;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.handoff.application.HandoffEvents;
import kz.civicrelay.handoff.domain.HandoffEvent;
import kz.civicrelay.handoff.domain.HandoffEvent.NotificationIssued;
import kz.civicrelay.handoff.domain.Relay;

/** Appends handoff's events in one transaction: the baton, acknowledgements and escalations to
 * {@code relay.handoff} (key: forum id), notifications to {@code relay.notifications} (key: recipient
 * region code). Once committed they are folded into the state, each once by event id. */
@Component
class KafkaHandoffEvents implements HandoffEvents, StatePublisher.Mapping<Relay, HandoffEvent> {

    private final StatePublisher<Relay, HandoffEvent> publisher;

    KafkaHandoffEvents(RelayPublisher publisher, EnvelopeFactory envelopes, FoldedState<Relay> state) {
        this.publisher = new StatePublisher<>(publisher, envelopes, state, this);
    }

    @Override
    public void publish(List<HandoffEvent> events, Origin origin) {
        if (!events.isEmpty()) {
            publisher.publish(events.get(0).seriesId(), events, origin);
        }
    }

    @Override
    public String forumIdOf(HandoffEvent event) {
        return event.forumId();
    }

    @Override
    public OutgoingEvent toRecord(HandoffEvent event, Envelope envelope) {
        var record = HandoffAvro.toAvro(event, envelope);
        return event instanceof NotificationIssued issued
                ? new OutgoingEvent(RelayTopic.NOTIFICATIONS, issued.recipientRegionCode(), record)
                : OutgoingEvent.to(RelayTopic.HANDOFF, record);
    }

    @Override
    public void fold(Relay state, HandoffEvent event, Envelope envelope) {
        state.apply(event, envelope.getOccurredAt());
    }
}
