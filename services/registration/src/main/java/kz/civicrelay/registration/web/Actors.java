package kz.civicrelay.registration.web;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.platform.publish.Origin;

/** Who sends a command: the {@code X-Actor} header names the participant (recorded in every event's envelope). */
final class Actors {

    static final String HEADER = "X-Actor";

    private Actors() {
    }

    /** The participant acting: the header's id, or else the registration's own id. */
    static Origin participant(String actorId, String participantId) {
        String id = actorId == null || actorId.isBlank() ? participantId : actorId.strip();
        if (id.length() > 100) {
            throw new IllegalArgumentException(HEADER + " must be at most 100 characters");
        }
        return Origin.command(new Actor(ActorKind.PARTICIPANT, id, null));
    }
}
