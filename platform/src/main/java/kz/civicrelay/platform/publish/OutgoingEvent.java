package kz.civicrelay.platform.publish;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.topics.RelayTopic;

/** An event to append to a topic under a key. */
public record OutgoingEvent(RelayTopic topic, String key, SpecificRecord event) {

    /** Keyed by the event's forum id (or series id for series-wide events). */
    public static OutgoingEvent to(RelayTopic topic, SpecificRecord event) {
        return new OutgoingEvent(topic, Envelopes.keyOf(event), event);
    }
}
