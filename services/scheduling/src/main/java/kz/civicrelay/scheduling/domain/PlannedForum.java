package kz.civicrelay.scheduling.domain;

import java.time.LocalDate;
import java.util.Comparator;

import kz.civicrelay.reference.Regions;
import kz.civicrelay.reference.Trilingual;

/** One forum as the organisers planned it. {@code localTitle} is the forum's own title, apart from its position. */
public record PlannedForum(String forumId, int position, String regionCode, Trilingual localTitle, Trilingual theme,
        Trilingual city, Trilingual venue, LocalDate startDate, LocalDate endDate, int capacity,
        boolean international) {

    /** The order the baton travels: by position in the plan (then by id, should two ever share one). */
    public static final Comparator<PlannedForum> IN_PLAN_ORDER = Comparator.comparingInt(PlannedForum::position)
            .thenComparing(PlannedForum::forumId);

    public PlannedForum {
        if (!Regions.isKnown(regionCode)) {
            throw new IllegalArgumentException("Unknown region code " + regionCode);
        }
        if (position < 1) {
            throw new IllegalArgumentException("Position must be 1 or more, was " + position);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("Capacity of " + forumId + " must be at least 1, was " + capacity);
        }
        if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("Forum " + forumId + " must end on or after its first day");
        }
    }

    public PlannedForum withDates(LocalDate start, LocalDate end) {
        return new PlannedForum(forumId, position, regionCode, localTitle, theme, city, venue, start, end, capacity,
                international);
    }
}
