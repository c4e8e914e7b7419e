package kz.civicrelay.scheduling.domain;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/** A session as the organisers propose it: without an id, it is a new session and gets one when the programme is set. */
public record ProposedSession(@Nullable String sessionId, SessionKind kind, Trilingual topic, LocalDateTime start,
        LocalDateTime end, @Nullable String room, @Nullable String moderator, @Nullable Integer capacity) {

    ProgrammeSession numbered(String id) {
        return new ProgrammeSession(id, kind, topic, start, end, room, moderator, capacity);
    }
}
