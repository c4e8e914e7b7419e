package kz.civicrelay.registration.messaging;

import kz.civicrelay.platform.core.EventCodec;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.registration.domain.RegistrationEvent;

/** Registration's events on {@code relay.registration}, keyed by forum id. */
public final class RegistrationCodec {

    private RegistrationCodec() {
    }

    public static EventCodec<RegistrationEvent> create() {
        return EventCodec.onTopic(RelayTopic.REGISTRATION, RegistrationEvent::forumId, RegistrationAvro::toAvro, RegistrationAvro::fromAvro);
    }
}
