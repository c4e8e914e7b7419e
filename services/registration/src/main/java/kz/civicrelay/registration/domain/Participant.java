package kz.civicrelay.registration.domain;

import java.time.Instant;
import java.util.Comparator;

import org.jspecify.annotations.Nullable;

/**
 * One registration for a forum, asked for at {@code registeredAt} (its first event's time): where it stands,
 * why it ended ({@code reason}), its delegation if a region's team registered it as one, and when it was
 * promoted from the waitlist, and when they were checked in at the forum's door ({@code checkedInAt}, once). An
 * ended one stays on record. {@code account} is the person's sign-in account when they registered themself.
 */
public record Participant(String participantId, Registrant registrant, @Nullable String account, Instant registeredAt,
        Standing standing, @Nullable String reason, @Nullable Delegation delegation, @Nullable Instant promotedAt,
        @Nullable Instant checkedInAt) {

    /** The order registrations are listed in: by the time they were made, then by participant id. */
    public static final Comparator<Participant> IN_REGISTRATION_ORDER = Comparator
            .comparing(Participant::registeredAt).thenComparing(Participant::participantId);

    static Participant registered(String participantId, Registrant registrant, @Nullable String account,
            Instant registeredAt, @Nullable Delegation delegation) {
        return new Participant(participantId, registrant, account, registeredAt, Standing.REGISTERED, null,
                delegation, null, null);
    }

    static Participant waitlisted(String participantId, Registrant registrant, @Nullable String account,
            Instant registeredAt) {
        return new Participant(participantId, registrant, account, registeredAt, Standing.WAITLISTED, null, null,
                null, null);
    }

    /** Holds a seat. */
    public boolean holdsSeat() {
        return standing == Standing.REGISTERED;
    }

    /** Ended: cancelled, left the waitlist or declined a promotion. */
    public boolean cancelled() {
        return standing.ended();
    }

    public @Nullable String cancellationReason() {
        return reason;
    }

    Participant promoted(Instant at) {
        return new Participant(participantId, registrant, account, registeredAt, Standing.REGISTERED, null,
                delegation, at, checkedInAt);
    }

    Participant ended(Standing how, @Nullable String why) {
        return new Participant(participantId, registrant, account, registeredAt, how, why, delegation, promotedAt,
                checkedInAt);
    }

    /** Checked in at the door at {@code at}. */
    Participant checkedIn(Instant at) {
        return new Participant(participantId, registrant, account, registeredAt, standing, reason, delegation,
                promotedAt, at);
    }
}
