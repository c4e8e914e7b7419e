package kz.civicrelay.registration.domain;

import java.util.EnumSet;
import java.util.Set;

/** Registration for one forum: it opens with the forum's preparation and closes when the forum convenes. */
public enum RegistrationStatus {
    NOT_OPEN,
    OPEN,
    CLOSED;

    public Set<RegistrationStatus> next() {
        return switch (this) {
            case NOT_OPEN -> EnumSet.of(OPEN);
            case OPEN -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(RegistrationStatus.class);
        };
    }

    public boolean canBecome(RegistrationStatus target) {
        return next().contains(target);
    }
}
