package kz.civicrelay.resolution.web;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.resolution.messaging.Origins;

/** Who sends a command: the {@code X-Actor} header names the person (recorded in every event's envelope). */
final class Actors {

    static final String HEADER = "X-Actor";

    private Actors() {
    }

    /** A forum participant: proposes, amends and withdraws recommendations. */
    static Origins.Command participant(String actorId) {
        return command(ActorKind.PARTICIPANT, actorId, "participant");
    }

    /** An operator of the secretariat: adopts the resolution on the participants' behalf. */
    static Origins.Command operator(String actorId) {
        return command(ActorKind.OPERATOR, actorId, "operator");
    }

    private static Origins.Command command(ActorKind kind, String actorId, String fallback) {
        String id = actorId == null || actorId.isBlank() ? fallback : actorId.strip();
        if (id.length() > 100) {
            throw new IllegalArgumentException(HEADER + " must be at most 100 characters");
        }
        return new Origins.Command(new Actor(kind, id, null));
    }
}
