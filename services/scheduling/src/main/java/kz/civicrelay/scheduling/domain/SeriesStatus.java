package kz.civicrelay.scheduling.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a whole series stands, with the transitions the relay allows: an operator may suspend a running series
 * (its baton stops) and resume it, or close it early from either; its last forum completing completes it.
 * Completed and closed early are final.
 */
public enum SeriesStatus {
    RUNNING,
    SUSPENDED,
    COMPLETED,
    CLOSED_EARLY;

    public Set<SeriesStatus> next() {
        return switch (this) {
            case RUNNING -> EnumSet.of(SUSPENDED, COMPLETED, CLOSED_EARLY);
            case SUSPENDED -> EnumSet.of(RUNNING, CLOSED_EARLY);
            case COMPLETED, CLOSED_EARLY -> EnumSet.noneOf(SeriesStatus.class);
        };
    }

    public boolean canBecome(SeriesStatus target) {
        return next().contains(target);
    }

    /** Nothing of a series that is over changes any more. */
    public boolean isOver() {
        return next().isEmpty();
    }
}
