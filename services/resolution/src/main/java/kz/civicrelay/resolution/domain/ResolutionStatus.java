package kz.civicrelay.resolution.domain;

/** A resolution is drafted, then adopted once; an adopted resolution never changes. */
public enum ResolutionStatus {
    DRAFT,
    ADOPTED
}
