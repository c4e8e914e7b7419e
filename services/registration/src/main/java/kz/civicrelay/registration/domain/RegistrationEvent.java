package kz.civicrelay.registration.domain;

import org.jspecify.annotations.Nullable;

/** The facts the registration service records, each about one forum. */
public sealed interface RegistrationEvent {

    String forumId();

    record RegistrationOpened(String forumId, int capacity, String regionCode) implements RegistrationEvent {
    }

    record RegistrationClosed(String forumId, int registeredCount) implements RegistrationEvent {
    }

    /**
     * A seat taken; {@code account} is the sign-in account of the person when they registered themself (the
     * registration is then theirs to see and cancel), null when an operator or a region's team registered them;
     * {@code delegation} when a region's team registered them as one of its delegation.
     */
    record ParticipantRegistered(String forumId, String participantId, Registrant registrant, @Nullable String account,
            @Nullable Delegation delegation) implements RegistrationEvent {

        public ParticipantRegistered(String forumId, String participantId, Registrant registrant,
                @Nullable String account) {
            this(forumId, participantId, registrant, account, null);
        }

        /** Registered by someone else for the person. */
        public ParticipantRegistered(String forumId, String participantId, Registrant registrant) {
            this(forumId, participantId, registrant, null, null);
        }
    }

    /** The forum was full: the person waits for a seat, after everyone who joined the waitlist before. */
    record ParticipantWaitlisted(String forumId, String participantId, Registrant registrant, @Nullable String account)
            implements RegistrationEvent {
    }

    /** A seat freed: the first person on the waitlist takes it. */
    record WaitlistPromoted(String forumId, String participantId) implements RegistrationEvent {
    }

    /** A person on the waitlist left it. */
    record WaitlistLeft(String forumId, String participantId, @Nullable String reason) implements RegistrationEvent {
    }

    /** A person promoted from the waitlist gave the seat back: the next on the waitlist takes it. */
    record PromotionDeclined(String forumId, String participantId, @Nullable String reason)
            implements RegistrationEvent {
    }

    /** A person holding a seat chose these sessions of the programme (replacing an earlier choice; none: no session). */
    record SessionsChosen(String forumId, String participantId, java.util.List<String> sessionIds)
            implements RegistrationEvent {

        public SessionsChosen {
            sessionIds = java.util.List.copyOf(sessionIds);
        }
    }

    record RegistrationCancelled(String forumId, String participantId, @Nullable String reason) implements RegistrationEvent {
    }

    /** A person holding a seat was checked in at the forum's door (once); who scanned the code is the actor. */
    record AttendanceMarked(String forumId, String participantId) implements RegistrationEvent {
    }
}
