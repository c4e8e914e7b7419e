package kz.civicrelay.resolution.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotNull;

import kz.civicrelay.resolution.domain.PlenaryVote;

/** How the plenary voted: those present and voting, for, against, abstained (they must add up to the present). */
record VoteDto(@NotNull Integer present, @NotNull Integer inFavour, @NotNull Integer against,
        @NotNull Integer abstained) {

    PlenaryVote toDomain() {
        return new PlenaryVote(present, inFavour, against, abstained);
    }

    static @Nullable VoteDto of(@Nullable PlenaryVote vote) {
        return vote == null ? null : new VoteDto(vote.present(), vote.inFavour(), vote.against(), vote.abstained());
    }
}
