package kz.civicrelay.resolution.web;

import kz.civicrelay.resolution.domain.AddresseeKind;
import kz.civicrelay.resolution.domain.Recommendation;
import kz.civicrelay.resolution.domain.RecommendationStatus;

/** A recommendation as the API shows it. */
record RecommendationView(String recommendationId, AddresseeKind addresseeKind, TextDto addressee, TextDto text,
        int revision, RecommendationStatus status) {

    static RecommendationView of(Recommendation r) {
        return new RecommendationView(r.recommendationId(), r.addresseeKind(), TextDto.of(r.addressee()),
                TextDto.of(r.text()), r.revision(), r.status());
    }
}
