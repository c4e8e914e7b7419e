package kz.civicrelay.platform.envelope;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.Envelope;

/** Reads the envelope every relay event carries as its first field. */
public final class Envelopes {

    private Envelopes() {
    }

    public static Envelope of(SpecificRecord event) {
        Object first = event.get(0);
        if (first instanceof Envelope envelope) {
            return envelope;
        }
        throw new IllegalArgumentException(event.getSchema().getFullName() + " carries no envelope");
    }

    /** The record key: the forum id, or the series id for series-wide events. */
    public static String keyOf(SpecificRecord event) {
        Envelope envelope = of(event);
        return envelope.getForumId() != null ? envelope.getForumId() : envelope.getSeriesId();
    }
}
