package kz.civicrelay.scheduling.messaging;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.scheduling.application.Origin;

/** The two origins of scheduling's events. */
public final class Origins {

    private Origins() {
    }

    /** A person's command, e.g. an operator completing a forum. */
    public record Command(Actor actor) implements Origin {
    }

    /** A reaction to another service's event. */
    public record Reaction(Envelope cause) implements Origin {
    }
}
