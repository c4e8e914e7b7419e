package kz.civicrelay.scheduling.web;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.scheduling.messaging.Origins;

/** Who sends a command: the {@code X-Actor} header names the operator (recorded in every event's envelope). */
final class Actors {

    static final String HEADER = "X-Actor";

    private Actors() {
    }

    static Origins.Command operator(String actorId) {
        String id = actorId == null || actorId.isBlank() ? "operator" : actorId.strip();
        if (id.length() > 100) {
            throw new IllegalArgumentException(HEADER + " must be at most 100 characters");
        }
        return new Origins.Command(new Actor(ActorKind.OPERATOR, id, null));
    }
}
