package kz.civicrelay.scheduling.domain;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of one forum, with the transitions the relay allows. */
public enum ForumStatus {
    SCHEDULED,
    PREPARATION_OPEN,
    CONVENED,
    COMPLETED,
    CANCELLED;

    public Set<ForumStatus> next() {
        return switch (this) {
            case SCHEDULED -> EnumSet.of(PREPARATION_OPEN, CANCELLED);
            case PREPARATION_OPEN -> EnumSet.of(CONVENED);
            case CONVENED -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(ForumStatus.class);
        };
    }

    public boolean canBecome(ForumStatus target) {
        return next().contains(target);
    }
}
