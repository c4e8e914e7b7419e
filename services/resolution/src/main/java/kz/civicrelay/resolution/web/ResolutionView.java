package kz.civicrelay.resolution.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.resolution.domain.Adoption;
import kz.civicrelay.resolution.domain.DocumentKind;
import kz.civicrelay.resolution.domain.Resolution;
import kz.civicrelay.resolution.domain.ResolutionStatus;

/**
 * A forum's resolution as the API shows it, withdrawn and merged recommendations included, in the resolution's
 * order; once adopted, when, the plenary's vote on the whole text and the adopted text's content hash.
 */
record ResolutionView(String resolutionId, String forumId, DocumentKind documentKind, ResolutionStatus status,
        TextDto title, @Nullable Instant adoptedAt, @Nullable String contentHash, @Nullable VoteDto vote,
        List<RecommendationView> recommendations) {

    static ResolutionView of(Resolution r) {
        Adoption adoption = r.adoption().orElse(null);
        return new ResolutionView(r.resolutionId(), r.forumId(), r.kind(), r.status(), TextDto.of(r.title()),
                adoption == null ? null : adoption.by().at(), adoption == null ? null : adoption.contentHash(),
                adoption == null ? null : VoteDto.of(adoption.vote()),
                r.recommendations().stream().map(rec -> RecommendationView.of(r, rec)).toList());
    }
}
