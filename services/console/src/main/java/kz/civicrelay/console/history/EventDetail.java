package kz.civicrelay.console.history;

import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.console.board.EventEntry;

/**
 * One event as an auditor opens it: its entry, its raw fields (the record as Avro writes it as JSON; null for a dead
 * letter that is no event), the id of what caused it, its causation chain upward (its cause first, then that one's,
 * as far as the console has read them) and what it caused, in the order read; and the id of the trace its record
 * carries (to find it in the trace backend; null for a record written without one).
 */
public record EventDetail(EventEntry event, @Nullable String raw, @Nullable String causationId,
        List<EventEntry> causedBy, List<EventEntry> caused, @Nullable String traceId) {

    static @Nullable String raw(@Nullable SpecificRecord event) {
        return event == null ? null : event.toString();
    }
}
