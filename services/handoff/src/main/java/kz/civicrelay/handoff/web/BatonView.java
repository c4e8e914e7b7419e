package kz.civicrelay.handoff.web;

import java.util.List;
import java.util.NoSuchElementException;

import kz.civicrelay.handoff.domain.HostForum;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.reference.Regions;

/** Who holds the baton now, and every handoff of the series so far. */
record BatonView(String seriesId, String holderRegionCode, TextDto holderRegion, String holderForumId,
        int holderPosition, boolean seriesCompleted, List<HandoffView> handoffs) {

    static BatonView of(Relay relay) {
        HostForum holder = relay.holder()
                .orElseThrow(() -> new NoSuchElementException("No forum holds the baton yet"));
        return new BatonView(relay.seriesId().orElseThrow(), holder.regionCode(),
                TextDto.of(Regions.byCode(holder.regionCode()).name()), holder.forumId(), holder.position(),
                relay.isCompleted(), relay.handoffs().stream().map(HandoffView::of).toList());
    }
}
