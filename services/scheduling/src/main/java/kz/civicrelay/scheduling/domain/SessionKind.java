package kz.civicrelay.scheduling.domain;

/** What a session of a forum's programme is. */
public enum SessionKind {
    PLENARY,
    PANEL,
    DIALOGUE_PLATFORM,
    EXHIBITION,
    AWARDS,
    OTHER
}
