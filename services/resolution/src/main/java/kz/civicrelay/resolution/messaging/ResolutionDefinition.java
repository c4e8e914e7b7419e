package kz.civicrelay.resolution.messaging;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.core.Fold;
import kz.civicrelay.platform.core.ServiceDefinition;
import kz.civicrelay.resolution.application.Drafting;
import kz.civicrelay.resolution.domain.Authorship;
import kz.civicrelay.resolution.domain.ForumResolutions;
import kz.civicrelay.resolution.domain.ResolutionEvent;

/**
 * Resolution as its service core runs it: no resolutions yet, folded from resolution's own events (each with who
 * recorded it and when) and from scheduling's facts. Public so that an auditor's replay ({@code forumctl audit
 * --as-of}) folds the log with the very fold the service uses.
 */
public final class ResolutionDefinition {

    private ResolutionDefinition() {
    }

    public static ServiceDefinition<ForumResolutions, ResolutionEvent> create() {
        return new ServiceDefinition<>(new ForumResolutions(),
                Fold.of((resolutions, event, envelope) -> resolutions.apply(event, authorship(envelope)),
                        Drafting::seriesIdOf),
                new ResolutionUpstream(), ResolutionCodec.create());
    }

    /** Who recorded an event and when: its envelope's actor (their name, else their id) and time. */
    public static Authorship authorship(Envelope envelope) {
        Actor actor = envelope.getActor();
        return new Authorship(actor.getId(), actor.getDisplayName() == null ? actor.getId() : actor.getDisplayName(),
                envelope.getOccurredAt());
    }
}
