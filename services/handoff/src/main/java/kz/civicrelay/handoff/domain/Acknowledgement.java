package kz.civicrelay.handoff.domain;

/** A regional team confirmed a notification; the comment may be null. */
public record Acknowledgement(String regionCode, String comment) {
}
