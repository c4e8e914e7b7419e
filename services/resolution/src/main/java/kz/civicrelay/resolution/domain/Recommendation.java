package kz.civicrelay.resolution.domain;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * One recommendation of a resolution, addressed to one body; {@code revision} counts from 1. {@code addresseeRegion}
 * is the region a regional addressee is in (its team reports the follow-up), null for a national one;
 * {@code mergedInto} the recommendation it was merged into as a duplicate.
 */
public record Recommendation(String recommendationId, AddresseeKind addresseeKind, Trilingual addressee,
        Trilingual text, int revision, RecommendationStatus status, @Nullable String addresseeRegion,
        @Nullable String mergedInto) {

    /**
     * The order recommendations were proposed in: by number ({@code rec-2} before {@code rec-10}), then by id.
     */
    public static final Comparator<Recommendation> IN_PROPOSAL_ORDER = Comparator.comparingInt(Recommendation::number)
            .thenComparing(Recommendation::recommendationId);

    private static final Pattern NUMBERED = Pattern.compile("rec-([1-9][0-9]{0,8})");

    public Recommendation {
        Objects.requireNonNull(addresseeKind, "addresseeKind");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(text, "text");
    }

    /** A recommendation just proposed: revision 1, active. */
    static Recommendation proposed(String recommendationId, AddresseeKind addresseeKind, Trilingual addressee,
            Trilingual text, @Nullable String addresseeRegion) {
        return new Recommendation(recommendationId, addresseeKind, addressee, text, 1, RecommendationStatus.ACTIVE,
                addresseeRegion, null);
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

    /** Whether the two go to the same body: the same kind and the same name in every language. */
    public boolean sameAddressee(Recommendation other) {
        return addresseeKind == other.addresseeKind && addressee.equals(other.addressee);
    }

    Recommendation amended(int newRevision, Trilingual newText) {
        return new Recommendation(recommendationId, addresseeKind, addressee, newText, newRevision, status,
                addresseeRegion, mergedInto);
    }

    Recommendation withdrawn(@Nullable String into) {
        return new Recommendation(recommendationId, addresseeKind, addressee, text, revision,
                into == null ? RecommendationStatus.WITHDRAWN : RecommendationStatus.MERGED, addresseeRegion, into);
    }
}
