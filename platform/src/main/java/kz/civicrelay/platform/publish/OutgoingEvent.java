package kz.civicrelay.platform.publish;

import org.jspecify.annotations.Nullable;

import io.micrometer.observation.Observation;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * An event to append to a topic under a key; {@code askedIn} is the observation (trace) of the request that
 * decided it, where it is sent from another thread (a group commit), so that its record carries that trace.
 */
public record OutgoingEvent(RelayTopic topic, String key, SpecificRecord event, @Nullable Observation askedIn) {

    public OutgoingEvent(RelayTopic topic, String key, SpecificRecord event) {
        this(topic, key, event, null);
    }

    /** The same event, sent under the observation it was asked in. */
    public OutgoingEvent askedIn(@Nullable Observation observation) {
        return new OutgoingEvent(topic, key, event, observation);
    }

    /** Keyed by the event's forum id (or series id for series-wide events). */
    public static OutgoingEvent to(RelayTopic topic, SpecificRecord event) {
        return new OutgoingEvent(topic, Envelopes.keyOf(event), event);
    }
}
