package kz.civicrelay.registration.domain;

/** One registration for a forum; a cancelled one frees its seat and stays on record. */
public record Participant(String participantId, Registrant registrant, boolean cancelled,
        String cancellationReason) {

    static Participant registered(String participantId, Registrant registrant) {
        return new Participant(participantId, registrant, false, null);
    }

    Participant cancel(String reason) {
        return new Participant(participantId, registrant, true, reason);
    }
}
