package kz.civicrelay.registration.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A second scan of a registration's check-in code: the person was checked in already, at {@code firstAt} (null
 * while the first check-in is being committed together with this one).
 */
public final class AlreadyCheckedIn extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String participantId;
    private final String fullName;
    private final @Nullable Instant firstAt;

    AlreadyCheckedIn(String participantId, String fullName, @Nullable Instant firstAt) {
        super(fullName + " (registration " + participantId + ") was checked in already"
                + (firstAt == null ? ", a moment ago" : " at " + firstAt));
        this.participantId = participantId;
        this.fullName = fullName;
        this.firstAt = firstAt;
    }

    public String participantId() {
        return participantId;
    }

    public String fullName() {
        return fullName;
    }

    public @Nullable Instant firstAt() {
        return firstAt;
    }
}
