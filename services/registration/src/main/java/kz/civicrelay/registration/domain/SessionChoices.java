package kz.civicrelay.registration.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which sessions of one forum's programme each person holding a seat chose, and how many chose each (choices
 * decided in a group commit and not committed yet held apart, as the seats are). The programme comes from
 * scheduling and may change: a choice of a session no longer in it no longer counts.
 */
final class SessionChoices {

    static final int MAX_CHOSEN = 30;

    private final Map<String, ProgrammeSession> programme = new LinkedHashMap<>();
    private final Map<String, List<String>> chosen = new HashMap<>();
    private final Map<String, List<String>> held = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    /** Scheduling set (or replaced) the forum's programme. */
    void programme(List<ProgrammeSession> sessions) {
        programme.clear();
        sessions.forEach(s -> programme.put(s.sessionId(), s));
    }

    /** Checks a person's new choice against the programme, each session's capacity and the times; throws if not. */
    void check(String participantId, List<String> sessionIds, int forumCapacity) {
        if (sessionIds.size() > MAX_CHOSEN) {
            throw new IllegalArgumentException("At most " + MAX_CHOSEN + " sessions may be chosen");
        }
        Set<String> distinct = new LinkedHashSet<>(sessionIds);
        if (distinct.size() != sessionIds.size()) {
            throw new IllegalArgumentException("A session is named twice: " + sessionIds);
        }
        List<ProgrammeSession> sessions = new ArrayList<>();
        for (String sessionId : sessionIds) {
            ProgrammeSession session = programme.get(sessionId);
            if (session == null) {
                throw new IllegalArgumentException("Unknown session '" + sessionId + "'; the programme has "
                        + programme.keySet());
            }
            for (ProgrammeSession earlier : sessions) {
                if (earlier.overlaps(session)) {
                    throw new IllegalArgumentException("Sessions " + earlier.sessionId() + " and " + sessionId
                            + " run at the same time");
                }
            }
            sessions.add(session);
        }
        List<String> before = current(participantId);
        for (ProgrammeSession session : sessions) {
            int capacity = session.capacity() == null ? forumCapacity : session.capacity();
            if (!before.contains(session.sessionId()) && count(session.sessionId()) >= capacity) {
                throw new IllegalStateException("Session " + session.sessionId() + " is full: all " + capacity
                        + " places are taken");
            }
        }
    }

    /** How many chose the session (held choices included). */
    int count(String sessionId) {
        return counts.getOrDefault(sessionId, 0);
    }

    /** The sessions the person chose (a held choice first), in the programme's order of their choosing. */
    List<String> current(String participantId) {
        return held.getOrDefault(participantId, chosen.getOrDefault(participantId, List.of()));
    }

    /** The sessions the person chose that are still in the programme. */
    List<String> of(String participantId) {
        return chosen.getOrDefault(participantId, List.of()).stream().filter(programme::containsKey).toList();
    }

    void hold(String participantId, List<String> sessionIds) {
        replace(current(participantId), sessionIds);
        held.put(participantId, List.copyOf(sessionIds));
    }

    void release(String participantId) {
        List<String> heldChoice = held.remove(participantId);
        if (heldChoice != null) {
            replace(heldChoice, chosen.getOrDefault(participantId, List.of()));
        }
    }

    /** A committed choice replaces the person's earlier one. */
    void chose(String participantId, List<String> sessionIds) {
        List<String> heldChoice = held.remove(participantId);
        replace(heldChoice != null ? heldChoice : chosen.getOrDefault(participantId, List.of()), sessionIds);
        chosen.put(participantId, List.copyOf(sessionIds));
    }

    /** The person no longer holds a seat: their places are free. */
    void drop(String participantId) {
        release(participantId);
        List<String> before = chosen.remove(participantId);
        if (before != null) {
            replace(before, List.of());
        }
    }

    private void replace(List<String> before, List<String> after) {
        before.forEach(id -> counts.merge(id, -1, Integer::sum));
        after.forEach(id -> counts.merge(id, 1, Integer::sum));
    }
}
