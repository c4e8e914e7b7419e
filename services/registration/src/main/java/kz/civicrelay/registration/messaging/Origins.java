package kz.civicrelay.registration.messaging;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.registration.application.Origin;

/** The two origins of registration's events. */
public final class Origins {

    private Origins() {
    }

    /** A person's command, e.g. a participant registering. */
    public record Command(Actor actor) implements Origin {
    }

    /** A reaction to another service's event. */
    public record Reaction(Envelope cause) implements Origin {
    }
}
