package kz.civicrelay.console.board;

import java.util.List;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.DocumentKind;
import kz.civicrelay.events.FollowUpStatus;
import kz.civicrelay.events.PlenaryVote;
import kz.civicrelay.reference.Trilingual;

/**
 * A forum's resolution (or appeal) as the console shows it, folded from the log in the shape resolution's
 * {@code GET /api/forums/{id}/resolution} answers: kind, status, once adopted when (the instant, and the day in
 * Kazakhstan), the plenary's vote on the whole text and the adopted text's content hash; the recommendations in the
 * resolution's order, withdrawn and merged ones included.
 */
public record ResolutionView(String resolutionId, String forumId, DocumentKind documentKind, Status status,
        @Nullable Trilingual title, @Nullable String adoptedAt, @Nullable String adoptedOn, @Nullable String contentHash,
        @Nullable Vote vote, List<Recommendation> recommendations) {

    public enum Status {
        DRAFT, ADOPTED
    }

    /** A recommendation stays active until withdrawn, or merged into another as its duplicate. */
    public enum RecommendationStatus {
        ACTIVE, WITHDRAWN, MERGED
    }

    /**
     * One recommendation: its latest revision, status, the plenary's vote on it (null: none), whether it is in the text
     * (to be) adopted, and once adopted its follow-up status (null before).
     */
    public record Recommendation(String recommendationId, AddresseeKind addresseeKind, @Nullable String addresseeRegion,
            @Nullable Trilingual addressee, @Nullable Trilingual text, int revision, RecommendationStatus status,
            @Nullable String mergedInto, @Nullable Vote vote, boolean inText, @Nullable FollowUpStatus followUp) {
    }

    /** How the plenary voted; carried when more voted for than against. */
    public record Vote(int present, int inFavour, int against, int abstained, boolean carried) {

        static @Nullable Vote of(@Nullable PlenaryVote vote) {
            return vote == null ? null : new Vote(vote.getPresent(), vote.getInFavour(), vote.getAgainst(),
                    vote.getAbstained(), vote.getInFavour() > vote.getAgainst());
        }
    }
}
