package kz.civicrelay.console.board;

import java.util.List;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.ForumProgrammeSet;
import kz.civicrelay.reference.Trilingual;

/**
 * One session of a forum's programme as the console shows it: {@code start}/{@code end} are local date-times in
 * Asia/Almaty; {@code capacity} null means as many as the forum holds.
 */
public record SessionView(String sessionId, String kind, @Nullable Trilingual topic, String start, String end,
        @Nullable String room, @Nullable String moderator, @Nullable Integer capacity) {

    static List<SessionView> of(ForumProgrammeSet set) {
        return set.getSessions().stream().map(s -> new SessionView(s.getSessionId(), s.getKind().name(),
                ForumState.text(s.getTopic()), String.valueOf(s.getStart()), String.valueOf(s.getEnd()), s.getRoom(),
                s.getModerator(), s.getCapacity())).toList();
    }
}
