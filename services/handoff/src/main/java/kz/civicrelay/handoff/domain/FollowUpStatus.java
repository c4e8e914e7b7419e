package kz.civicrelay.handoff.domain;

/**
 * What became of an adopted recommendation, as resolution's follow-up reports say; every adopted one starts
 * {@link #NOT_STARTED}. The open ones travel in the handoff package.
 */
public enum FollowUpStatus {
    NOT_STARTED, IN_PROGRESS, DONE, DECLINED;

    /** Not started or in progress: still to be done. */
    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
