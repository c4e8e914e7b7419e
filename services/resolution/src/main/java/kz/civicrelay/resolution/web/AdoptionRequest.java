package kz.civicrelay.resolution.web;

import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.resolution.domain.PlenaryVote;

/**
 * An adoption, optionally with the plenary's vote on the whole text: all four counts, or none (no body, or
 * {@code {}}: no vote recorded).
 */
record AdoptionRequest(@Nullable Integer present, @Nullable Integer inFavour, @Nullable Integer against,
        @Nullable Integer abstained) {

    /** The vote, null when none was given; {@link IllegalArgumentException} when only some counts were. */
    @Nullable PlenaryVote vote() {
        long given = Arrays.stream(new Integer[] { present, inFavour, against, abstained }).filter(Objects::nonNull)
                .count();
        if (given == 0) {
            return null;
        }
        if (given < 4 || present == null || inFavour == null || against == null || abstained == null) {
            throw new IllegalArgumentException("A vote on the whole text gives present, inFavour, against and "
                    + "abstained, or none of them");
        }
        return new PlenaryVote(present, inFavour, against, abstained);
    }
}
