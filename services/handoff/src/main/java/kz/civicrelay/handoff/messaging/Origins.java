package kz.civicrelay.handoff.messaging;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.handoff.application.Origin;

/** The three origins of handoff's events. */
public final class Origins {

    private Origins() {
    }

    /** A person's command, e.g. a regional team acknowledging a notification. */
    public record Command(Actor actor) implements Origin {
    }

    /** A reaction to another service's event, e.g. a forum completing. */
    public record Reaction(Envelope cause) implements Origin {
    }

    /** The service acting on its own, e.g. the escalation timer. */
    public record Timer() implements Origin {
    }
}
