package kz.civicrelay.scheduling.domain;

import java.time.LocalDate;
import java.util.Comparator;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Regions;
import kz.civicrelay.reference.Trilingual;

/**
 * One forum as the organisers planned it. {@code localTitle} is the forum's own title, apart from its position;
 * {@code delegationQuota}, if set, is how many seats each region's delegation may take.
 */
public record PlannedForum(String forumId, int position, String regionCode, Trilingual localTitle, Trilingual theme,
        Trilingual city, Trilingual venue, LocalDate startDate, LocalDate endDate, int capacity,
        boolean international, @Nullable Integer delegationQuota) {

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
        if (delegationQuota != null && delegationQuota < 1) {
            throw new IllegalArgumentException("The delegation quota of " + forumId + " must be at least 1, was "
                    + delegationQuota);
        }
    }

    /** A forum without a delegation quota. */
    public PlannedForum(String forumId, int position, String regionCode, Trilingual localTitle, Trilingual theme,
            Trilingual city, Trilingual venue, LocalDate startDate, LocalDate endDate, int capacity,
            boolean international) {
        this(forumId, position, regionCode, localTitle, theme, city, venue, startDate, endDate, capacity,
                international, null);
    }

    public PlannedForum withDates(LocalDate start, LocalDate end) {
        return new PlannedForum(forumId, position, regionCode, localTitle, theme, city, venue, start, end, capacity,
                international, delegationQuota);
    }

    /**
     * The forum as an edit leaves it: what the edit sets replaces what the plan said, a removed quota is gone; the
     * rest stays.
     */
    public PlannedForum edited(PlanEdit edit) {
        return new PlannedForum(forumId, position, regionCode, or(edit.localTitle(), localTitle),
                or(edit.theme(), theme), or(edit.city(), city), or(edit.venue(), venue),
                or(edit.startDate(), startDate), or(edit.endDate(), endDate), or(edit.capacity(), capacity),
                or(edit.international(), international),
                edit.withoutDelegationQuota() ? null
                        : edit.delegationQuota() != null ? edit.delegationQuota() : delegationQuota);
    }

    private static <T> T or(@Nullable T edited, T planned) {
        return edited != null ? edited : planned;
    }
}
