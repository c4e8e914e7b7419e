package kz.civicrelay.resolution.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/**
 * A duplicate to merge into the recommendation of the path: its id, the forum it belongs to (the path's when not
 * given; another forum is refused), and the merged text when the kept one's text should change.
 */
record MergeRequest(@NotBlank String duplicate, @Nullable String duplicateForumId, @Valid @Nullable TextDto text) {
}
