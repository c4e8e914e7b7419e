package kz.civicrelay.resolution.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a resolution was adopted: the adopted recommendations' ids in order, the adopted text's content hash (null in
 * events written before it was recorded), the plenary's vote on the whole text (null: none recorded), who and when.
 */
public record Adoption(List<String> recommendationIds, @Nullable String contentHash, @Nullable PlenaryVote vote,
        Authorship by) {

    public Adoption {
        recommendationIds = List.copyOf(recommendationIds);
    }
}
