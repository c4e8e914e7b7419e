package kz.civicrelay.handoff.domain;

import java.time.Instant;

/** One handoff of the series: the baton went from one forum's host region to the next. */
public record BatonPass(int handoffNumber, String fromForumId, String fromRegionCode, String toForumId,
        String toRegionCode, int toPosition, Instant occurredAt) {
}
