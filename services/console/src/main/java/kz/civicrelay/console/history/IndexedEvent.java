package kz.civicrelay.console.history;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.audit.EventFilter;
import kz.civicrelay.platform.envelope.Envelopes;

/**
 * What the index keeps of one record: where it lies, when it happened, its type, series and forum (and another
 * forum it names: where a baton went), its regions, actor and service (folded, as {@link EventFilter} compares
 * them), its id and what caused it. A dead letter is indexed by its place: its id is derived from it. Of a participant
 * acting themself only that it was a participant is kept (an actor filter finds operators, teams, editors and services;
 * a person, by a text search).
 */
public record IndexedEvent(Position position, long occurredAtMillis, String type, @Nullable String seriesId,
        @Nullable String forumId, @Nullable String otherForumId, Set<String> regions, String actor, String service,
        UUID eventId, @Nullable UUID causationId) {

    /** What the index keeps as the actor of every event a participant did. */
    static final String PARTICIPANT = "participant\n";

    public static IndexedEvent of(Position position, SpecificRecord event) {
        Envelope envelope = Envelopes.of(event);
        String forum = EventFilter.fold(envelope.getForumId());
        List<String> forums = EventFilter.forumIds(event);
        String other = forums.stream().filter(f -> !f.equals(forum)).findFirst().orElse(null);
        // A participant's id and name are not kept: a million registrations are a million of them, and a name is
        // personal data, found by a text search within what the caller may see.
        String actor = envelope.getActor().getKind() == ActorKind.PARTICIPANT ? PARTICIPANT
                : EventFilter.fold(envelope.getActor().getId()) + "\n" + EventFilter.fold(envelope.getActor().getDisplayName());
        return new IndexedEvent(position, envelope.getOccurredAt().toEpochMilli(), event.getSchema().getName(),
                EventFilter.fold(envelope.getSeriesId()), forum.isEmpty() ? null : forum, other,
                EventFilter.regions(event, forums), actor, EventFilter.fold(envelope.getProducer()), uuid(envelope.getEventId()),
                envelope.getCausationId() == null ? null : uuid(envelope.getCausationId()));
    }

    /** A record set aside on a dead-letter topic, when it was set aside, by which consumer group. */
    public static IndexedEvent deadLetter(Position position, long setAsideMillis, @Nullable String consumerGroup) {
        return new IndexedEvent(position, setAsideMillis, "DeadLetter", null, null, null, Set.of(),
                EventFilter.fold(consumerGroup) + "\n", "", idOf(position), null);
    }

    /** The id the index gives a dead letter: derived from its place, so reading it again finds it again. */
    public static UUID idOf(Position position) {
        return UUID.nameUUIDFromBytes(position.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static UUID uuid(Object id) {
        return id instanceof UUID uuid ? uuid : UUID.fromString(id.toString());
    }
}
