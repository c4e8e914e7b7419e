package kz.civicrelay.scheduling.web;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.platform.publish.Origin;

/** Who sends a command: the {@code X-Actor} header names the operator (recorded in every event's envelope). */
final class Actors {

    static final String HEADER = "X-Actor";

    private Actors() {
    }

    static Origin operator(String actorId) {
        String id = actorId == null || actorId.isBlank() ? "operator" : actorId.strip();
        if (id.length() > 100) {
            throw new IllegalArgumentException(HEADER + " must be at most 100 characters");
        }
        return Origin.command(new Actor(ActorKind.OPERATOR, id, null));
    }
}
