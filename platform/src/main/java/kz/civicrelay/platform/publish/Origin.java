package kz.civicrelay.platform.publish;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.envelope.EnvelopeFactory;

/**
 * Why events are written, as their envelopes record it: a person's command, a reaction to another
 * event, or the service acting on its own (a timer). Use cases pass it on without looking inside.
 */
@FunctionalInterface
public interface Origin {

    /** The envelope of one event written for this origin; events of one write share {@code correlationId}. */
    Envelope envelope(EnvelopeFactory envelopes, String seriesId, @Nullable String forumId, String correlationId);

    /** A person's command, e.g. an operator completing a forum. */
    static Origin command(Actor actor) {
        return (envelopes, seriesId, forumId, correlationId) ->
                envelopes.forCommand(seriesId, forumId, actor, correlationId);
    }

    /** The envelope of the event this origin reacts to; none for a command or the service's own acting. */
    default @Nullable Envelope cause() {
        return null;
    }

    /** A reaction to another event: same correlation, the cause named as causation. */
    static Origin reaction(Envelope cause) {
        return new Origin() {
            @Override
            public Envelope envelope(EnvelopeFactory envelopes, String seriesId, @Nullable String forumId,
                    String correlationId) {
                return envelopes.causedBy(cause, forumId);
            }

            @Override
            public Envelope cause() {
                return cause;
            }
        };
    }

    /** The service acting on its own, e.g. an escalation timer. */
    static Origin service() {
        return (envelopes, seriesId, forumId, correlationId) ->
                envelopes.forCommand(seriesId, forumId, envelopes.serviceActor(), correlationId);
    }
}
