package kz.civicrelay.console.board;

import java.util.List;

import kz.civicrelay.reference.Trilingual;

/**
 * A forum as the console shows it: its place in the relay, host region, where and when, and how far
 * it got (status, registration, resolution, acknowledgement of the baton it received).
 *
 * @param status         SCHEDULED, PREPARATION_OPEN, CONVENED, COMPLETED or CANCELLED
 * @param registration   NOT_OPEN, OPEN or CLOSED
 * @param resolution     NONE, DRAFT or ADOPTED
 * @param acknowledgement NONE (no baton received yet, or the first forum), PENDING, ACKNOWLEDGED or ESCALATED
 */
public record ForumView(String forumId, String seriesId, int position, String regionCode, Trilingual region,
        Trilingual title, Trilingual theme, Trilingual city, Trilingual venue, String startDate, String endDate,
        String status, boolean holdsBaton, String registration, int registered, int capacity, String resolution,
        int recommendations, String acknowledgement, List<EventEntry> timeline) {
}
