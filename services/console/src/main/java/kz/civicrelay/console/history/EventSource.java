package kz.civicrelay.console.history;

import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.console.board.EventEntry;

/**
 * Where the history reads back the records it shows: the log itself (the stream package reads it from Kafka).
 */
public interface EventSource {

    /**
     * The records at these places as the console shows them, by place; a place whose record cannot be read now (gone,
     * or the broker away) is left out.
     */
    Map<Position, Read> read(List<Position> positions);

    /**
     * A record read back: its entry, the event when it is one (a dead letter may be none), and the id of the trace
     * its headers carry on (W3C {@code traceparent}; null where it has none, or for an entry kept from the live
     * stream, which reads no headers).
     */
    record Read(EventEntry entry, @Nullable SpecificRecord event, @Nullable String traceId) {

        public Read(EventEntry entry, @Nullable SpecificRecord event) {
            this(entry, event, null);
        }
    }
}
