package kz.civicrelay.handoff.web;

import java.time.Instant;

import kz.civicrelay.handoff.domain.BatonPass;

/** One handoff as the API shows it. */
record HandoffView(int handoffNumber, String fromForumId, String fromRegionCode, String toForumId,
        String toRegionCode, int toPosition, Instant occurredAt) {

    static HandoffView of(BatonPass pass) {
        return new HandoffView(pass.handoffNumber(), pass.fromForumId(), pass.fromRegionCode(), pass.toForumId(),
                pass.toRegionCode(), pass.toPosition(), pass.occurredAt());
    }
}
