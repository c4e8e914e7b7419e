package kz.civicrelay.registration.web;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.ActorKind;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.web.ActorHeader;

/** Who sends a command here: the participant, named by the {@code X-Actor} header. */
final class Actors {

    static final String HEADER = ActorHeader.NAME;

    private Actors() {
    }

    /** The participant acting: the header's id, or else the registration's own id. */
    static Origin participant(@Nullable String actorId, String participantId) {
        return ActorHeader.origin(ActorKind.PARTICIPANT, actorId, participantId);
    }
}
