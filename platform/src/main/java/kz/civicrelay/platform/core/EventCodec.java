package kz.civicrelay.platform.core;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.publish.OutgoingEvent;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * A service's own events on the wire: the topics it writes, each domain event's Avro record with its
 * topic and key, and the domain event of a record read back.
 *
 * @param <E> the service's domain events
 */
public interface EventCodec<E> {

    /** The topics this service writes (and reads back on start). */
    List<RelayTopic> topics();

    /** The forum the event is about; null for series-wide events. */
    @Nullable String forumIdOf(E event);

    /** The event's Avro record, with its topic and key. */
    OutgoingEvent encode(E event, Envelope envelope);

    /** The domain event of one of this service's own records; empty for a record it does not write. */
    Optional<E> decode(SpecificRecord record);

    /**
     * The codec of a service that writes one topic, each record keyed by its forum id (the series id for
     * series-wide events, {@link OutgoingEvent#to}).
     */
    static <E> EventCodec<E> onTopic(RelayTopic topic, Function<E, @Nullable String> forumIdOf,
            BiFunction<E, Envelope, SpecificRecord> toAvro, Function<SpecificRecord, Optional<E>> fromAvro) {
        return new EventCodec<>() {
            @Override
            public List<RelayTopic> topics() {
                return List.of(topic);
            }

            @Override
            public @Nullable String forumIdOf(E event) {
                return forumIdOf.apply(event);
            }

            @Override
            public OutgoingEvent encode(E event, Envelope envelope) {
                return OutgoingEvent.to(topic, toAvro.apply(event, envelope));
            }

            @Override
            public Optional<E> decode(SpecificRecord record) {
                return fromAvro.apply(record);
            }
        };
    }
}
