package kz.civicrelay.console.board;

import java.util.List;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * A series: whether it runs, is suspended, completed or was closed early (and why, for the last two if given), its
 * forums in plan order (the relay track: by position, then forum id), who holds the baton, and the handoffs so far by
 * number.
 */
public record SeriesView(String seriesId, @Nullable Trilingual title, Status status, @Nullable Trilingual reason,
        boolean completed, @Nullable String batonHolder, List<ForumView> forums, List<Handoff> handoffs) {

    /** Where a series stands (decision 0017). */
    public enum Status {
        RUNNING, SUSPENDED, COMPLETED, CLOSED_EARLY
    }

    /** One pass of the baton. */
    public record Handoff(int number, String fromForumId, String fromRegionCode, @Nullable Trilingual fromRegion,
            String toForumId, String toRegionCode, @Nullable Trilingual toRegion, String occurredAt) {
    }
}
