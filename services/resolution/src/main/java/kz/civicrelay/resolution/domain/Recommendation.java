package kz.civicrelay.resolution.domain;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.civicrelay.reference.Trilingual;

/** One recommendation of a resolution, addressed to one body; {@code revision} counts from 1. */
public record Recommendation(String recommendationId, AddresseeKind addresseeKind, Trilingual addressee,
        Trilingual text, int revision, RecommendationStatus status) {

    /**
     * The order recommendations are listed in, the order they were proposed: by number ({@code rec-2}
     * before {@code rec-10}), then by id.
     */
    public static final Comparator<Recommendation> IN_PROPOSAL_ORDER = Comparator.comparingInt(Recommendation::number)
            .thenComparing(Recommendation::recommendationId);

    private static final Pattern NUMBERED = Pattern.compile("rec-([1-9][0-9]{0,8})");

    public Recommendation {
        Objects.requireNonNull(addresseeKind, "addresseeKind");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Its number within the resolution, given when it was proposed ({@code rec-7} is 7); an id of another
     * form has none and sorts after every numbered one.
     */
    public int number() {
        Matcher numbered = NUMBERED.matcher(recommendationId);
        return numbered.matches() ? Integer.parseInt(numbered.group(1)) : Integer.MAX_VALUE;
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
