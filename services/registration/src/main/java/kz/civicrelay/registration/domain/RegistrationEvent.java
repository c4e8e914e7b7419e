package kz.civicrelay.registration.domain;

import org.jspecify.annotations.Nullable;

/** The facts the registration service records, each about one forum. */
public sealed interface RegistrationEvent {

    String forumId();

    record RegistrationOpened(String forumId, int capacity, String regionCode) implements RegistrationEvent {
    }

    record RegistrationClosed(String forumId, int registeredCount) implements RegistrationEvent {
    }

    record ParticipantRegistered(String forumId, String participantId, Registrant registrant)
            implements RegistrationEvent {
    }

    record RegistrationCancelled(String forumId, String participantId, @Nullable String reason) implements RegistrationEvent {
    }
}
