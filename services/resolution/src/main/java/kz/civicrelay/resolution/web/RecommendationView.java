package kz.civicrelay.resolution.web;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.resolution.domain.AddresseeKind;
import kz.civicrelay.resolution.domain.FollowUpStatus;
import kz.civicrelay.resolution.domain.Recommendation;
import kz.civicrelay.resolution.domain.RecommendationStatus;
import kz.civicrelay.resolution.domain.Resolution;

/**
 * A recommendation as the API shows it: with the plenary's vote on it (null: none), whether it is in the text (to be)
 * adopted, and once adopted its follow-up status.
 */
record RecommendationView(String recommendationId, AddresseeKind addresseeKind, @Nullable String addresseeRegion,
        TextDto addressee, TextDto text, int revision, RecommendationStatus status, @Nullable String mergedInto,
        @Nullable VoteDto vote, boolean inText, @Nullable FollowUpStatus followUp) {

    static RecommendationView of(Resolution resolution, Recommendation r) {
        String id = r.recommendationId();
        return new RecommendationView(id, r.addresseeKind(), r.addresseeRegion(), TextDto.of(r.addressee()),
                TextDto.of(r.text()), r.revision(), r.status(), r.mergedInto(),
                VoteDto.of(resolution.vote(id).orElse(null)),
                resolution.inText().stream().anyMatch(t -> t.recommendationId().equals(id)),
                resolution.isAdopted(id) ? resolution.followUpStatus(id) : null);
    }
}
