package kz.civicrelay.registration.domain;

import org.jspecify.annotations.Nullable;

/** One registration for a forum; a cancelled one frees its seat and stays on record. */
public record Participant(String participantId, Registrant registrant, boolean cancelled,
        @Nullable String cancellationReason) {

    static Participant registered(String participantId, Registrant registrant) {
        return new Participant(participantId, registrant, false, null);
    }

    Participant cancel(@Nullable String reason) {
        return new Participant(participantId, registrant, true, reason);
    }
}
