package kz.civicrelay.resolution.domain;

import java.util.Objects;

import kz.civicrelay.reference.Trilingual;

/** One recommendation of a resolution, addressed to one body; {@code revision} counts from 1. */
public record Recommendation(String recommendationId, AddresseeKind addresseeKind, Trilingual addressee,
        Trilingual text, int revision, RecommendationStatus status) {

    public Recommendation {
        Objects.requireNonNull(addresseeKind, "addresseeKind");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(text, "text");
    }

    public boolean isActive() {
        return status == RecommendationStatus.ACTIVE;
    }

    Recommendation amended(int newRevision, Trilingual newText) {
        return new Recommendation(recommendationId, addresseeKind, addressee, newText, newRevision, status);
    }

    Recommendation withdrawn() {
        return new Recommendation(recommendationId, addresseeKind, addressee, text, revision,
                RecommendationStatus.WITHDRAWN);
    }
}
