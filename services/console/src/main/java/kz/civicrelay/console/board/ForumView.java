package kz.civicrelay.console.board;

import java.util.List;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * A forum as the console shows it: its place in the relay, host region, where and when, and how far
 * it got (status, registration, resolution, acknowledgement of the baton it received).
 *
 * @param status         SCHEDULED, PREPARATION_OPEN, CONVENED, COMPLETED or CANCELLED
 * @param registration   NOT_OPEN, OPEN or CLOSED
 * @param resolution     NONE, DRAFT or ADOPTED
 * @param acknowledgement NONE (no baton received yet, or the first forum), PENDING, ACKNOWLEDGED or ESCALATED
 * @param timeline       the forum's events in the order they happened ({@link EventEntry#CHRONOLOGICAL}); null on
 *                       the relay track, and for a caller who may not read events
 * @param programme      the forum's sessions in time order, as its last {@code ForumProgrammeSet} gave them (empty
 *                       while none is set); times local to Asia/Almaty
 */
public record ForumView(String forumId, String seriesId, int position, @Nullable String regionCode,
        @Nullable Trilingual region, @Nullable Trilingual title, @Nullable Trilingual theme, @Nullable Trilingual city,
        @Nullable Trilingual venue, @Nullable String startDate, @Nullable String endDate, String status,
        boolean holdsBaton, String registration, int registered, int capacity, int waiting, int attended,
        String resolution, int recommendations, String acknowledgement, @Nullable List<EventEntry> timeline,
        List<SessionView> programme) {

    /** This forum with {@code events} as its timeline (null: without one). */
    public ForumView withTimeline(@Nullable List<EventEntry> events) {
        return new ForumView(forumId, seriesId, position, regionCode, region, title, theme, city, venue, startDate,
                endDate, status, holdsBaton, registration, registered, capacity, waiting, attended, resolution,
                recommendations, acknowledgement, events, programme);
    }
}
