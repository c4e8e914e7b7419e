package kz.civicrelay.console.board;

import java.time.Instant;
import java.util.Comparator;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.audit.EventLine;
import kz.civicrelay.platform.audit.EventSentence;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.reference.Trilingual;

/**
 * One committed event as the console shows it: where it was appended, what it is, when, about which
 * series and forum, who did it, its fields (texts in Kazakh / Russian / English) and the sentence it reads as in
 * each language (decision 0024). The personal data it
 * shows, if any, rides along unserialized ({@code personal}), so the entry can be {@linkplain #withheld withheld}
 * from whoever may not see it.
 */
public record EventEntry(String topic, int partition, long offset, String type, String eventId, String occurredAt,
        @Nullable String seriesId, @Nullable String forumId, String actorKind, String actorId,
        @Nullable String actorName, @Nullable String causationId, String details, @Nullable Trilingual sentence,
        @JsonIgnore @Nullable PersonalData personal) {

    /** An entry that shows no personal data, and no sentence. */
    public EventEntry(String topic, int partition, long offset, String type, String eventId, String occurredAt,
            @Nullable String seriesId, @Nullable String forumId, String actorKind, String actorId,
            @Nullable String actorName, @Nullable String causationId, String details) {
        this(topic, partition, offset, type, eventId, occurredAt, seriesId, forumId, actorKind, actorId, actorName,
                causationId, details, null, null);
    }

    /** This entry with its personal data replaced by {@code marker} wherever shown; itself when it has none. */
    public EventEntry withheld(String marker) {
        PersonalData data = personal;
        if (data == null) {
            return this;
        }
        Trilingual said = sentence;
        return new EventEntry(topic, partition, offset, type, eventId, occurredAt, seriesId, forumId, actorKind, actorId,
                actorName == null ? null : data.withheldFrom(actorName, marker), causationId,
                data.withheldFrom(details, marker), said == null ? null : new Trilingual(data.withheldFrom(said.kk(), marker),
                        data.withheldFrom(said.ru(), marker), data.withheldFrom(said.en(), marker)), null);
    }

    /** What a text search looks through: topic, type, time, series, forum, actor, every field and the sentence. */
    @JsonIgnore
    public String searchableText() {
        Trilingual said = sentence;
        return String.join("\n", topic, type, occurredAt, String.valueOf(seriesId), String.valueOf(forumId), actorId,
                String.valueOf(actorName), details, said == null ? "" : said.joined());
    }

    /**
     * In the order the events happened (their envelopes' time; a dead letter's: when it was set aside),
     * events of the same instant by where they were appended: topic name, partition, offset. A replay
     * reads topic after topic and partition after partition, so neither the order read nor a stable
     * sort on time alone gives the same list after a restart.
     */
    public static final Comparator<EventEntry> CHRONOLOGICAL = Comparator
            .comparing((EventEntry e) -> Instant.parse(e.occurredAt())).thenComparing(EventEntry::topic)
            .thenComparingInt(EventEntry::partition).thenComparingLong(EventEntry::offset);

    /** A record on a dead-letter topic: why it was set aside, by which consumer group, from where. */
    public static EventEntry deadLetter(String topic, int partition, long offset, String occurredAt,
            @Nullable String key, @Nullable String reason, @Nullable String consumerGroup,
            @Nullable String originalTopic) {
        return deadLetter(topic, partition, offset, occurredAt, key, reason, consumerGroup, originalTopic, null);
    }

    /**
     * A record on a dead-letter topic that could still be read as an event: its personal data (which a reason
     * may repeat) is withheld like the event's own would be.
     */
    public static EventEntry deadLetter(String topic, int partition, long offset, String occurredAt,
            @Nullable String key, @Nullable String reason, @Nullable String consumerGroup,
            @Nullable String originalTopic, @Nullable PersonalData personal) {
        String group = consumerGroup == null ? "?" : consumerGroup;
        String from = originalTopic == null ? "?" : originalTopic;
        return new EventEntry(topic, partition, offset, "DeadLetter", topic + "-" + partition + "@" + offset, occurredAt,
                null, key, "SERVICE", group, null, null, "from=" + from + " reason=" + (reason == null ? "?" : reason),
                new Trilingual("«" + group + "» " + from + " жазбасын өңдей алмай, " + topic + " тізіміне қойды",
                        "«" + group + "» не смог обработать запись " + from + " и отложил её в " + topic,
                        group + " could not process a record of " + from + " and set it aside on " + topic),
                personal);
    }

    public static EventEntry of(String topic, int partition, long offset, SpecificRecord event) {
        Envelope envelope = Envelopes.of(event);
        return new EventEntry(topic, partition, offset, event.getSchema().getName(), String.valueOf(envelope.getEventId()),
                envelope.getOccurredAt().toString(), envelope.getSeriesId(), envelope.getForumId(),
                envelope.getActor().getKind().name(), envelope.getActor().getId(), envelope.getActor().getDisplayName(),
                envelope.getCausationId() == null ? null : String.valueOf(envelope.getCausationId()), EventLine.details(event),
                EventSentence.of(event), PersonalData.of(event));
    }
}
