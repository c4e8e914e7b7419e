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
     * registration is then theirs to see and cancel), null when an operator or a region's team registered them.
     */
    record ParticipantRegistered(String forumId, String participantId, Registrant registrant, @Nullable String account)
            implements RegistrationEvent {

        /** Registered by someone else for the person. */
        public ParticipantRegistered(String forumId, String participantId, Registrant registrant) {
            this(forumId, participantId, registrant, null);
        }
    }

    record RegistrationCancelled(String forumId, String participantId, @Nullable String reason) implements RegistrationEvent {
    }
}
