package kz.civicrelay.resolution.domain;

/**
 * A recommendation stays in the draft until withdrawn, or merged into another as its duplicate; neither comes back.
 */
public enum RecommendationStatus {
    ACTIVE,
    WITHDRAWN,
    MERGED
}
