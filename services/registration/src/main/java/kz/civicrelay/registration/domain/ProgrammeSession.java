package kz.civicrelay.registration.domain;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A session of a forum's programme as registration needs it: its id, when it runs (wall-clock time in Kazakhstan)
 * and how many may choose it ({@code capacity} null: as many as the forum holds, e.g. the plenary).
 */
public record ProgrammeSession(String sessionId, LocalDateTime start, LocalDateTime end, @Nullable Integer capacity) {

    boolean overlaps(ProgrammeSession other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
