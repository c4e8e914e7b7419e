package kz.civicrelay.registration.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.publish.OutgoingEvent;
import kz.civicrelay.platform.publish.RelayPublisher;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.registration.application.Origin;
import kz.civicrelay.registration.application.RegistrationEvents;
import kz.civicrelay.registration.domain.RegistrationEvent;
import kz.civicrelay.registration.domain.Registrations;

/** Appends registration's events to {@code relay.registration}, then folds them into the state once committed. */
@Component
class KafkaRegistrationEvents implements RegistrationEvents {

    private final RelayPublisher publisher;
    private final EnvelopeFactory envelopes;
    private final FoldedState<Registrations> state;

    KafkaRegistrationEvents(RelayPublisher publisher, EnvelopeFactory envelopes, FoldedState<Registrations> state) {
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.state = state;
    }

    @Override
    public void publish(String seriesId, List<RegistrationEvent> events, Origin origin) {
        List<OutgoingEvent> outgoing = new ArrayList<>();
        List<Runnable> folds = new ArrayList<>();
        String correlationId = UUID.randomUUID().toString();
        for (RegistrationEvent event : events) {
            Envelope envelope = envelope(seriesId, event, origin, correlationId);
            SpecificRecord record = RegistrationAvro.toAvro(event, envelope);
            outgoing.add(OutgoingEvent.to(RelayTopic.REGISTRATION, record));
            folds.add(() -> state.applyOnce(envelope.getEventId(), registrations -> registrations.apply(event)));
        }
        publisher.publish(outgoing, () -> folds.forEach(Runnable::run));
    }

    private Envelope envelope(String seriesId, RegistrationEvent event, Origin origin, String correlationId) {
        if (origin instanceof Origins.Reaction reaction) {
            return envelopes.causedBy(reaction.cause(), event.forumId());
        }
        return envelopes.forCommand(seriesId, event.forumId(), ((Origins.Command) origin).actor(), correlationId);
    }
}
