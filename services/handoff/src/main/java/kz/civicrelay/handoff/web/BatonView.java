package kz.civicrelay.handoff.web;

import java.util.List;
import java.util.NoSuchElementException;

import kz.civicrelay.handoff.domain.HostForum;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.reference.Regions;

/**
 * Who holds a series' baton now, and every handoff of the series so far; whether the series is suspended or closed
 * early (its baton does not move) or completed.
 */
record BatonView(String seriesId, String holderRegionCode, TextDto holderRegion, String holderForumId,
        int holderPosition, boolean seriesCompleted, boolean suspended, boolean closedEarly, List<HandoffView> handoffs) {

    static BatonView of(Relay relay, String seriesId) {
        HostForum holder = relay.holder(seriesId)
                .orElseThrow(() -> new NoSuchElementException("No forum of series " + seriesId + " holds the baton yet"));
        return new BatonView(seriesId, holder.regionCode(), TextDto.of(Regions.byCode(holder.regionCode()).name()),
                holder.forumId(), holder.position(), relay.isCompleted(seriesId), relay.isSuspended(seriesId),
                relay.isClosed(seriesId), relay.handoffs(seriesId).stream().map(HandoffView::of).toList());
    }
}
