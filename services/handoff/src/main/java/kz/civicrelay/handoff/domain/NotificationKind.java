package kz.civicrelay.handoff.domain;

/** Why a regional team is notified. Only the team that receives the baton must acknowledge. */
public enum NotificationKind {
    BATON_RECEIVED,
    BATON_PASSED,
    SERIES_UPDATE,
    SERIES_COMPLETED,
    /** The receiving team has not acknowledged the baton yet; the baton notification is what it acknowledges. */
    BATON_REMINDER,
    OTHER;

    public boolean requiresAcknowledgement() {
        return this == BATON_RECEIVED;
    }
}
