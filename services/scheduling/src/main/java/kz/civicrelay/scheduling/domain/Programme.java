package kz.civicrelay.scheduling.domain;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The rules of a forum's programme: every session on one of the forum's days, within its capacity, ids unique;
 * new sessions numbered {@code s1, s2, …} after every number the forum ever used, so an id is never given twice.
 */
public final class Programme {

    /** Kazakhstan's time zone: UTC+05:00 everywhere since 2024-03-01 (tzdb 2024a and later). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    public static final int MAX_SESSIONS = 60;

    /** Sessions in the order a programme prints them: by start, then id. */
    public static final Comparator<ProgrammeSession> IN_TIME_ORDER = Comparator.comparing(ProgrammeSession::start)
            .thenComparing(ProgrammeSession::sessionId);

    private Programme() {
    }

    /** The proposed sessions with ids (new ones numbered after {@code usedIds}), checked against the forum. */
    static List<ProgrammeSession> numbered(PlannedForum forum, List<ProposedSession> proposed, Set<String> usedIds) {
        if (proposed.size() > MAX_SESSIONS) {
            throw new IllegalArgumentException("A programme holds at most " + MAX_SESSIONS + " sessions, was "
                    + proposed.size());
        }
        int next = nextNumber(usedIds, proposed);
        Set<String> ids = new HashSet<>();
        List<ProgrammeSession> sessions = new ArrayList<>();
        for (ProposedSession session : proposed) {
            String id = session.sessionId();
            if (id == null) {
                id = "s" + next++;
            }
            if (!ids.add(id)) {
                throw new IllegalArgumentException("Session id " + id + " appears twice in the programme of "
                        + forum.forumId());
            }
            sessions.add(session.numbered(id));
        }
        sessions.sort(IN_TIME_ORDER);
        String misfit = misfit(forum, sessions);
        if (misfit != null) {
            throw new IllegalArgumentException(misfit);
        }
        return List.copyOf(sessions);
    }

    /** Why the sessions do not fit the forum (its days, its capacity), or null when they do. */
    static @Nullable String misfit(PlannedForum forum, List<ProgrammeSession> sessions) {
        for (ProgrammeSession s : sessions) {
            if (s.start().toLocalDate().isBefore(forum.startDate()) || s.end().toLocalDate().isAfter(forum.endDate())) {
                return "Session " + s.sessionId() + " (" + s.start() + " to " + s.end() + ") is not within the days "
                        + "of forum " + forum.forumId() + " (" + forum.startDate() + " to " + forum.endDate() + ")";
            }
            Integer capacity = s.capacity();
            if (capacity != null && capacity > forum.capacity()) {
                return "Session " + s.sessionId() + " holds " + capacity + ", more than forum " + forum.forumId()
                        + " holds (" + forum.capacity() + ")";
            }
        }
        return null;
    }

    private static int nextNumber(Set<String> usedIds, List<ProposedSession> proposed) {
        int max = 0;
        List<String> all = new ArrayList<>(usedIds);
        for (ProposedSession session : proposed) {
            String id = session.sessionId();
            if (id != null) {
                all.add(id);
            }
        }
        for (String id : all) {
            if (id.matches("s\\d{1,9}")) {
                max = Math.max(max, Integer.parseInt(id.substring(1)));
            }
        }
        return max + 1;
    }
}
