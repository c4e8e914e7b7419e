package kz.civicrelay.handoff.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.handoff.application.HandoffEvents;
import kz.civicrelay.handoff.application.Origin;
import kz.civicrelay.handoff.domain.HandoffEvent;
import kz.civicrelay.handoff.domain.HandoffEvent.NotificationIssued;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.publish.OutgoingEvent;
import kz.civicrelay.platform.publish.RelayPublisher;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * Appends handoff's events in one transaction: the baton, acknowledgements and escalations to
 * {@code relay.handoff} (key: forum id), notifications to {@code relay.notifications} (key: recipient
 * region code). Once committed they are folded into the state, each once by event id.
 */
@Component
class KafkaHandoffEvents implements HandoffEvents {

    private final RelayPublisher publisher;
    private final EnvelopeFactory envelopes;
    private final FoldedState<Relay> state;

    KafkaHandoffEvents(RelayPublisher publisher, EnvelopeFactory envelopes, FoldedState<Relay> state) {
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.state = state;
    }

    @Override
    public void publish(List<HandoffEvent> events, Origin origin) {
        List<OutgoingEvent> outgoing = new ArrayList<>();
        List<Runnable> folds = new ArrayList<>();
        String correlationId = UUID.randomUUID().toString();
        for (HandoffEvent event : events) {
            Envelope envelope = envelope(event, origin, correlationId);
            SpecificRecord record = HandoffAvro.toAvro(event, envelope);
            outgoing.add(event instanceof NotificationIssued issued
                    ? new OutgoingEvent(RelayTopic.NOTIFICATIONS, issued.recipientRegionCode(), record)
                    : OutgoingEvent.to(RelayTopic.HANDOFF, record));
            folds.add(() -> state.applyOnce(envelope.getEventId(),
                    relay -> relay.apply(event, envelope.getOccurredAt())));
        }
        publisher.publish(outgoing, () -> folds.forEach(Runnable::run));
    }

    private Envelope envelope(HandoffEvent event, Origin origin, String correlationId) {
        if (origin instanceof Origins.Reaction reaction) {
            return envelopes.causedBy(reaction.cause(), event.forumId());
        }
        if (origin instanceof Origins.Timer) {
            return envelopes.forCommand(event.seriesId(), event.forumId(), envelopes.serviceActor());
        }
        return envelopes.forCommand(event.seriesId(), event.forumId(), ((Origins.Command) origin).actor(),
                correlationId);
    }
}
