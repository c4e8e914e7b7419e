package kz.civicrelay.resolution.domain;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/** The facts resolution drafting records; each belongs to one forum's resolution. */
public sealed interface ResolutionEvent {

    String forumId();

    String resolutionId();

    record DraftOpened(String seriesId, String forumId, String resolutionId, Trilingual title)
            implements ResolutionEvent {
    }

    record RecommendationProposed(String forumId, String resolutionId, String recommendationId,
            AddresseeKind addresseeKind, Trilingual addressee, Trilingual text) implements ResolutionEvent {
    }

    record RecommendationAmended(String forumId, String resolutionId, String recommendationId, int revision,
            Trilingual text) implements ResolutionEvent {
    }

    /** {@code reason} is null when none was given. */
    record RecommendationWithdrawn(String forumId, String resolutionId, String recommendationId, @Nullable String reason)
            implements ResolutionEvent {
    }

    /**
     * {@code contentHash} is {@link AdoptedText#contentHash()} of the adopted text, null in events written before
     * it was recorded; {@code recommendationsByAddressee} counts the adopted recommendations per kind of addressee
     * (empty in those events).
     */
    record ResolutionAdopted(String forumId, String resolutionId, Trilingual title, List<String> recommendationIds,
            @Nullable String contentHash, Map<AddresseeKind, Integer> recommendationsByAddressee)
            implements ResolutionEvent {
        public ResolutionAdopted {
            recommendationIds = List.copyOf(recommendationIds);
            recommendationsByAddressee = Map.copyOf(recommendationsByAddressee);
        }
    }
}
