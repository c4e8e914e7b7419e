package kz.civicrelay.scheduling.web;

import java.time.LocalDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.scheduling.domain.ProgrammeSession;
import kz.civicrelay.scheduling.domain.ProposedSession;
import kz.civicrelay.scheduling.domain.SessionKind;

/**
 * One session as the organisers set it: {@code sessionId} to keep an existing session (leave it out for a new one);
 * {@code start}/{@code end} are local date-times in Kazakhstan (Asia/Almaty, UTC+05:00); {@code capacity} left out
 * for as many as the forum holds. {@code kind} is text checked here, so an unknown kind is refused (400) naming the
 * field, not as an unreadable body.
 */
record SessionRequest(
        @Nullable @Pattern(regexp = ProgrammeSession.ID_PATTERN) String sessionId,
        @NotNull @Pattern(regexp = "PLENARY|PANEL|DIALOGUE_PLATFORM|EXHIBITION|AWARDS|OTHER") String kind,
        @NotNull @Valid TextDto topic,
        @NotNull LocalDateTime start,
        @NotNull LocalDateTime end,
        @Nullable @Size(max = ProgrammeSession.MAX_ROOM) String room,
        @Nullable @Size(max = ProgrammeSession.MAX_MODERATOR) String moderator,
        @Nullable @Min(1) Integer capacity) {

    ProposedSession toDomain() {
        return new ProposedSession(sessionId, SessionKind.valueOf(kind), topic.toDomain(), start, end, room, moderator,
                capacity);
    }
}
