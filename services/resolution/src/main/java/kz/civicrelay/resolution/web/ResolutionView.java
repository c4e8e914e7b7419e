package kz.civicrelay.resolution.web;

import java.util.List;

import kz.civicrelay.resolution.domain.Resolution;
import kz.civicrelay.resolution.domain.ResolutionStatus;

/** A forum's resolution as the API shows it, withdrawn recommendations included. */
record ResolutionView(String resolutionId, String forumId, ResolutionStatus status, TextDto title,
        List<RecommendationView> recommendations) {

    static ResolutionView of(Resolution r) {
        return new ResolutionView(r.resolutionId(), r.forumId(), r.status(), TextDto.of(r.title()),
                r.recommendations().stream().map(RecommendationView::of).toList());
    }
}
