package kz.civicrelay.resolution.domain;

/** A recommendation stays in the draft until withdrawn; a withdrawn one never comes back. */
public enum RecommendationStatus {
    ACTIVE,
    WITHDRAWN
}
