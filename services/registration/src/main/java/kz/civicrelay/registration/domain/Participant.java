package kz.civicrelay.registration.domain;

import java.time.Instant;
import java.util.Comparator;

import org.jspecify.annotations.Nullable;

/**
 * One registration for a forum, made at {@code registeredAt} (its event's time); a cancelled one frees
 * its seat and stays on record. {@code account} is the person's sign-in account when they registered themself.
 */
public record Participant(String participantId, Registrant registrant, @Nullable String account, Instant registeredAt,
        boolean cancelled, @Nullable String cancellationReason) {

    /** The order registrations are listed in: by the time they were made, then by participant id. */
    public static final Comparator<Participant> IN_REGISTRATION_ORDER = Comparator
            .comparing(Participant::registeredAt).thenComparing(Participant::participantId);

    static Participant registered(String participantId, Registrant registrant, @Nullable String account,
            Instant registeredAt) {
        return new Participant(participantId, registrant, account, registeredAt, false, null);
    }

    Participant cancel(@Nullable String reason) {
        return new Participant(participantId, registrant, account, registeredAt, true, reason);
    }
}
