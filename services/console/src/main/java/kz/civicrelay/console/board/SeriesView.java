package kz.civicrelay.console.board;

import java.util.List;

import kz.civicrelay.reference.Trilingual;

/** A series: its forums in plan order (the relay track), who holds the baton, and the handoffs so far. */
public record SeriesView(String seriesId, Trilingual title, boolean completed, String batonHolder,
        List<ForumView> forums, List<Handoff> handoffs) {

    /** One pass of the baton. */
    public record Handoff(int number, String fromForumId, String fromRegionCode, Trilingual fromRegion,
            String toForumId, String toRegionCode, Trilingual toRegion, String occurredAt) {
    }
}
