package kz.civicrelay.registration.domain;

/** Where a registration stands: holding a seat, waiting for one, or ended (and how). */
public enum Standing {
    /** Holds a seat (registered, or promoted from the waitlist). */
    REGISTERED,
    /** On the waitlist. */
    WAITLISTED,
    /** Cancelled: the seat was freed. */
    CANCELLED,
    /** Left the waitlist. */
    LEFT_WAITLIST,
    /** Promoted from the waitlist, then gave the seat back. */
    DECLINED;

    /** Neither holding a seat nor waiting for one. */
    public boolean ended() {
        return this != REGISTERED && this != WAITLISTED;
    }
}
