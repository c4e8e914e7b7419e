package kz.civicrelay.registration.messaging;

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
import kz.civicrelay.registration.application.RegistrationEvents;
import kz.civicrelay.registration.domain.RegistrationEvent;
import kz.civicrelay.registration.domain.Registrations;

/** Appends registration's events to {@code relay.registration}, then folds them into the state once committed. */
@Component
class KafkaRegistrationEvents implements RegistrationEvents, StatePublisher.Mapping<Registrations, RegistrationEvent> {

    private final StatePublisher<Registrations, RegistrationEvent> publisher;

    KafkaRegistrationEvents(RelayPublisher publisher, EnvelopeFactory envelopes, FoldedState<Registrations> state) {
        this.publisher = new StatePublisher<>(publisher, envelopes, state, this);
    }

    @Override
    public void publish(String seriesId, List<RegistrationEvent> events, Origin origin) {
        publisher.publish(seriesId, events, origin);
    }

    @Override
    public String forumIdOf(RegistrationEvent event) {
        return event.forumId();
    }

    @Override
    public OutgoingEvent toRecord(RegistrationEvent event, Envelope envelope) {
        return OutgoingEvent.to(RelayTopic.REGISTRATION, RegistrationAvro.toAvro(event, envelope));
    }

    @Override
    public void fold(Registrations state, RegistrationEvent event, Envelope envelope) {
        state.apply(event, envelope.getOccurredAt());
    }
}
