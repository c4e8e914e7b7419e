package kz.civicrelay.forumctl.audit;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the auditor could read of the log: the decoded events in {@link LoggedEvent#TOTAL_ORDER}, the records that
 * could not be used, and the relay topics the auditor's principal may not read (their events are not available).
 */
public record AuditLog(List<LoggedEvent> events, List<DeadLetter> deadLetters, List<String> unreadableTopics) {

    public AuditLog {
        events = events.stream().sorted(LoggedEvent.TOTAL_ORDER).toList();
        deadLetters = deadLetters.stream().sorted(DeadLetter.TOTAL_ORDER).toList();
        unreadableTopics = unreadableTopics.stream().sorted().toList();
    }

    /** The events of one series (by their envelopes) and every dead letter, up to {@code asOf} (null: all). */
    public AuditLog of(String seriesId, @Nullable Instant asOf) {
        return new AuditLog(events.stream().filter(e -> seriesId.equals(e.envelope().getSeriesId()))
                .filter(e -> asOf == null || !e.timestamp().isAfter(asOf)).toList(),
                deadLetters.stream().filter(d -> asOf == null || !d.timestamp().isAfter(asOf)).toList(),
                unreadableTopics);
    }
}
