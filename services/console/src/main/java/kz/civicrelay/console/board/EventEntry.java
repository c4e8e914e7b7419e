package kz.civicrelay.console.board;

import java.time.Instant;
import java.util.Comparator;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.audit.EventLine;
import kz.civicrelay.platform.envelope.Envelopes;

/**
 * One committed event as the console shows it: where it was appended, what it is, when, about which
 * series and forum, who did it, and its fields (texts in Kazakh / Russian / English).
 */
public record EventEntry(String topic, int partition, long offset, String type, String eventId, String occurredAt,
        @Nullable String seriesId, @Nullable String forumId, String actorKind, String actorId,
        @Nullable String actorName, @Nullable String causationId, String details) {

    /**
     * In the order the events happened (their envelopes' time); used with a stable sort, events of the
     * same instant keep the order they were read in. A replay reads topic after topic, so the order
     * read alone is not the order of the relay.
     */
    public static final Comparator<EventEntry> CHRONOLOGICAL = Comparator.comparing(e -> Instant.parse(e.occurredAt()));

    /** A record on a dead-letter topic: why it was set aside, by which consumer group, from where. */
    public static EventEntry deadLetter(String topic, int partition, long offset, String occurredAt,
            @Nullable String key, @Nullable String reason, @Nullable String consumerGroup,
            @Nullable String originalTopic) {
        return new EventEntry(topic, partition, offset, "DeadLetter", topic + "-" + partition + "@" + offset, occurredAt,
                null, key, "SERVICE", consumerGroup == null ? "?" : consumerGroup, null, null,
                "from=" + (originalTopic == null ? "?" : originalTopic) + " reason=" + (reason == null ? "?" : reason));
    }

    public static EventEntry of(String topic, int partition, long offset, SpecificRecord event) {
        Envelope envelope = Envelopes.of(event);
        return new EventEntry(topic, partition, offset, event.getSchema().getName(), String.valueOf(envelope.getEventId()),
                envelope.getOccurredAt().toString(), envelope.getSeriesId(), envelope.getForumId(),
                envelope.getActor().getKind().name(), envelope.getActor().getId(), envelope.getActor().getDisplayName(),
                envelope.getCausationId() == null ? null : String.valueOf(envelope.getCausationId()), EventLine.details(event));
    }
}
