package kz.civicrelay.resolution.domain;

import kz.civicrelay.resolution.domain.ResolutionEvent.KindChosen;
import kz.civicrelay.resolution.domain.ResolutionEvent.ProgressReported;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationAmended;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationProposed;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationVoted;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationWithdrawn;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationsReordered;
import kz.civicrelay.resolution.domain.ResolutionEvent.ResolutionAdopted;

/** How each of drafting's events but the draft's opening changes the one resolution it belongs to. */
final class ResolutionFold {

    private ResolutionFold() {
    }

    static void apply(Resolution resolution, ResolutionEvent event, Authorship by) {
        if (event instanceof KindChosen chosen) {
            resolution.choose(chosen.kind(), chosen.title());
        } else if (event instanceof RecommendationProposed p) {
            resolution.propose(Recommendation.proposed(p.recommendationId(), p.addresseeKind(), p.addressee(),
                    p.text(), p.addresseeRegion()), by);
        } else if (event instanceof RecommendationAmended a) {
            resolution.amend(a.recommendationId(), a.revision(), a.text(), by);
        } else if (event instanceof RecommendationWithdrawn w) {
            resolution.withdraw(w.recommendationId(), w.mergedInto());
        } else if (event instanceof RecommendationsReordered r) {
            resolution.reorder(r.recommendationIds());
        } else if (event instanceof RecommendationVoted v) {
            resolution.vote(v.recommendationId(), v.vote());
        } else if (event instanceof ResolutionAdopted a) {
            resolution.adopt(a.title(), a.kind(), new Adoption(a.recommendationIds(), a.contentHash(), a.vote(), by));
        } else if (event instanceof ProgressReported p) {
            resolution.report(p.recommendationId(), new ProgressNote(p.status(), p.reportedOn(), p.note(), by));
        }
    }
}
