package kz.civicrelay.platform.envelope;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.Envelope;

/**
 * Makes the envelope of every event a service writes: a fresh event id, the time, the producing
 * service, and the causal chain. A person's command starts a new correlation; an event caused by
 * another event keeps the cause's correlation id and names it as causation.
 */
public final class EnvelopeFactory {

    private final String producer;
    private final Clock clock;

    public EnvelopeFactory(String producer, Clock clock) {
        this.producer = producer;
        this.clock = clock;
    }

    /** Envelope of an event that records a person's command; it starts a correlation of its own. */
    public Envelope forCommand(String seriesId, @Nullable String forumId, Actor actor) {
        UUID eventId = UUID.randomUUID();
        return build(eventId, seriesId, forumId, null, eventId.toString(), actor);
    }

    /** Envelope of one of several events recording the same command, which share a correlation id. */
    public Envelope forCommand(String seriesId, @Nullable String forumId, Actor actor, String correlationId) {
        return build(UUID.randomUUID(), seriesId, forumId, null, correlationId, actor);
    }

    /** Envelope of an event this service writes in reaction to {@code cause}. */
    public Envelope causedBy(Envelope cause, @Nullable String forumId) {
        return build(UUID.randomUUID(), cause.getSeriesId(), forumId, cause.getEventId().toString(),
                cause.getCorrelationId(), serviceActor());
    }

    /** The actor that stands for this service when it reacts to events on its own. */
    public Actor serviceActor() {
        return new Actor(ActorKind.SERVICE, producer, null, null);
    }

    private Envelope build(UUID eventId, String seriesId, @Nullable String forumId, @Nullable String causationId, String correlationId,
            Actor actor) {
        return Envelope.newBuilder()
                .setEventId(eventId)
                .setOccurredAt(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS))
                .setSeriesId(seriesId)
                .setForumId(forumId)
                .setCausationId(causationId)
                .setCorrelationId(correlationId)
                .setActor(actor)
                .setProducer(producer)
                .build();
    }
}
