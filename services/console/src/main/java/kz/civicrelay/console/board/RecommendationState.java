package kz.civicrelay.console.board;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.console.board.ResolutionView.RecommendationStatus;
import kz.civicrelay.console.board.ResolutionView.Vote;
import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.FollowUpStatus;
import kz.civicrelay.events.RecommendationProposed;
import kz.civicrelay.reference.Trilingual;

/** One recommendation of a {@link ResolutionState} as it stands: its latest text and revision, and its status. */
final class RecommendationState {

    final String id;
    final AddresseeKind addresseeKind;
    final @Nullable Trilingual addressee;
    final @Nullable String addresseeRegion;
    @Nullable Trilingual text;
    int revision = 1;
    RecommendationStatus status = RecommendationStatus.ACTIVE;
    @Nullable String mergedInto;

    RecommendationState(RecommendationProposed proposed) {
        this.id = proposed.getRecommendationId();
        this.addresseeKind = proposed.getAddresseeKind();
        this.addressee = ForumState.text(proposed.getAddressee());
        this.addresseeRegion = proposed.getAddresseeRegion();
        this.text = ForumState.text(proposed.getText());
    }

    ResolutionView.Recommendation view(@Nullable Vote vote, boolean inText, @Nullable FollowUpStatus followUp) {
        return new ResolutionView.Recommendation(id, addresseeKind, addresseeRegion, addressee, text, revision, status,
                mergedInto, vote, inText, followUp);
    }
}
