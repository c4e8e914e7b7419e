package kz.civicrelay.handoff.domain;

import org.jspecify.annotations.Nullable;

/** A regional team confirmed a notification; the comment may be null. */
public record Acknowledgement(String regionCode, @Nullable String comment) {
}
