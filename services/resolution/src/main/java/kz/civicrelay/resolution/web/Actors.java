package kz.civicrelay.resolution.web;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.platform.publish.Origin;

/** Who sends a command: the {@code X-Actor} header names the person (recorded in every event's envelope). */
final class Actors {

    static final String HEADER = "X-Actor";

    private Actors() {
    }

    /** A forum participant: proposes, amends and withdraws recommendations. */
    static Origin participant(String actorId) {
        return command(ActorKind.PARTICIPANT, actorId, "participant");
    }

    /** An operator of the secretariat: adopts the resolution on the participants' behalf. */
    static Origin operator(String actorId) {
        return command(ActorKind.OPERATOR, actorId, "operator");
    }

    private static Origin command(ActorKind kind, String actorId, String fallback) {
        String id = actorId == null || actorId.isBlank() ? fallback : actorId.strip();
        if (id.length() > 100) {
            throw new IllegalArgumentException(HEADER + " must be at most 100 characters");
        }
        return Origin.command(new Actor(kind, id, null));
    }
}
