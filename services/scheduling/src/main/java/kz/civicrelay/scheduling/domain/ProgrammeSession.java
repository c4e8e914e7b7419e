package kz.civicrelay.scheduling.domain;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * One session of a forum's programme. {@code sessionId} is stable within the forum (participants choose sessions by
 * it); {@code start} and {@code end} are local date-times in Kazakhstan ({@link Programme#ZONE}); a null
 * {@code capacity} means as many as the forum holds (e.g. the plenary).
 */
public record ProgrammeSession(String sessionId, SessionKind kind, Trilingual topic, LocalDateTime start,
        LocalDateTime end, @Nullable String room, @Nullable String moderator, @Nullable Integer capacity) {

    public static final int MAX_TOPIC = 300;
    public static final int MAX_ROOM = 100;
    public static final int MAX_MODERATOR = 200;
    public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,39}";

    public ProgrammeSession {
        if (sessionId == null || !sessionId.matches(ID_PATTERN)) {
            throw new IllegalArgumentException("A session id must be 1-40 lower-case letters, digits or '-', was "
                    + sessionId);
        }
        if (kind == null || topic == null || start == null || end == null) {
            throw new IllegalArgumentException("Session " + sessionId + " needs a kind, a topic, a start and an end");
        }
        for (String text : List.of(topic.kk(), topic.ru(), topic.en())) {
            if (text.length() > MAX_TOPIC) {
                throw new IllegalArgumentException("The topic of session " + sessionId + " must be at most "
                        + MAX_TOPIC + " characters in each language; one has " + text.length());
            }
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("Session " + sessionId + " must end after it starts");
        }
        room = optionalText(room, MAX_ROOM, "room", sessionId);
        moderator = optionalText(moderator, MAX_MODERATOR, "moderator", sessionId);
        if (capacity != null && capacity < 1) {
            throw new IllegalArgumentException("Capacity of session " + sessionId + " must be at least 1, was "
                    + capacity);
        }
    }

    /** The same session moved by a number of days (its forum was postponed). */
    public ProgrammeSession shiftedBy(long days) {
        return new ProgrammeSession(sessionId, kind, topic, start.plusDays(days), end.plusDays(days), room, moderator,
                capacity);
    }

    private static @Nullable String optionalText(@Nullable String text, int max, String what, String sessionId) {
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("The " + what + " of session " + sessionId + " is blank; leave it out "
                    + "instead");
        }
        if (text.length() > max) {
            throw new IllegalArgumentException("The " + what + " of session " + sessionId + " must be at most " + max
                    + " characters, has " + text.length());
        }
        return text.strip();
    }
}
