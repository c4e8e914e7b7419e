package kz.civicrelay.resolution.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/** The facts resolution drafting records; each belongs to one forum's resolution. */
public sealed interface ResolutionEvent {

    String forumId();

    String resolutionId();

    /** {@code kind} is {@link DocumentKind#RESOLUTION} in events written before the kind existed. */
    record DraftOpened(String seriesId, String forumId, String resolutionId, Trilingual title, DocumentKind kind)
            implements ResolutionEvent {
    }

    /** The kind of a draft with nothing proposed yet was chosen; its working title goes with it. */
    record KindChosen(String forumId, String resolutionId, DocumentKind kind, Trilingual title)
            implements ResolutionEvent {
    }

    /** {@code addresseeRegion} is the region a regional addressee is in, null for a national one. */
    record RecommendationProposed(String forumId, String resolutionId, String recommendationId,
            AddresseeKind addresseeKind, Trilingual addressee, Trilingual text, @Nullable String addresseeRegion)
            implements ResolutionEvent {
    }

    record RecommendationAmended(String forumId, String resolutionId, String recommendationId, int revision,
            Trilingual text) implements ResolutionEvent {
    }

    /**
     * {@code reason} is null when none was given; {@code mergedInto} names the recommendation a duplicate was merged
     * into, null for a plain withdrawal.
     */
    record RecommendationWithdrawn(String forumId, String resolutionId, String recommendationId, @Nullable String reason,
            @Nullable String mergedInto) implements ResolutionEvent {
    }

    /** Every active recommendation to one addressee, in their new order. */
    record RecommendationsReordered(String forumId, String resolutionId, List<String> recommendationIds)
            implements ResolutionEvent {
        public RecommendationsReordered {
            recommendationIds = List.copyOf(recommendationIds);
        }
    }

    /** The plenary's vote on one recommendation; a recommendation not carried stays out of the adopted text. */
    record RecommendationVoted(String forumId, String resolutionId, String recommendationId, PlenaryVote vote,
            boolean carried) implements ResolutionEvent {
    }

    /**
     * {@code contentHash} is {@link AdoptedText#contentHash()} of the adopted text, null in events written before
     * it was recorded; {@code recommendationsByAddressee} counts the adopted recommendations per kind of addressee
     * (empty in those events); {@code adopted} are the recommendations as adopted, in order (empty in events written
     * before they were recorded: then the ids name them); {@code vote} is the plenary's vote on the whole text, null
     * when none was recorded.
     */
    record ResolutionAdopted(String forumId, String resolutionId, Trilingual title, List<String> recommendationIds,
            @Nullable String contentHash, Map<AddresseeKind, Integer> recommendationsByAddressee, DocumentKind kind,
            @Nullable PlenaryVote vote, List<Recommendation> adopted) implements ResolutionEvent {
        public ResolutionAdopted {
            recommendationIds = List.copyOf(recommendationIds);
            recommendationsByAddressee = Map.copyOf(recommendationsByAddressee);
            adopted = List.copyOf(adopted);
        }
    }

    /** Follow-up of an adopted recommendation: its status as of a day, with the note as written (null: none). */
    record ProgressReported(String forumId, String resolutionId, String recommendationId, FollowUpStatus status,
            LocalDate reportedOn, @Nullable String note) implements ResolutionEvent {
    }
}
