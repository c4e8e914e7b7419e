package kz.civicrelay.registration.messaging;

import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.core.EventCodec;
import kz.civicrelay.platform.publish.OutgoingEvent;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.registration.domain.RegistrationEvent;

/** Registration's events on {@code relay.registration}, keyed by forum id. */
public final class RegistrationCodec implements EventCodec<RegistrationEvent> {

    @Override
    public List<RelayTopic> topics() {
        return List.of(RelayTopic.REGISTRATION);
    }

    @Override
    public String forumIdOf(RegistrationEvent event) {
        return event.forumId();
    }

    @Override
    public OutgoingEvent encode(RegistrationEvent event, Envelope envelope) {
        return OutgoingEvent.to(RelayTopic.REGISTRATION, RegistrationAvro.toAvro(event, envelope));
    }

    @Override
    public Optional<RegistrationEvent> decode(SpecificRecord record) {
        return RegistrationAvro.fromAvro(record);
    }
}
