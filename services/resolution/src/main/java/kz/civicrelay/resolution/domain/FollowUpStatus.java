package kz.civicrelay.resolution.domain;

import java.util.Arrays;

import kz.civicrelay.reference.Trilingual;

/** What became of an adopted recommendation; every adopted one starts {@link #NOT_STARTED}. */
public enum FollowUpStatus {
    NOT_STARTED(new Trilingual("басталған жоқ", "не начато", "not started")),
    IN_PROGRESS(new Trilingual("орындалуда", "в работе", "in progress")),
    DONE(new Trilingual("орындалды", "выполнено", "done")),
    DECLINED(new Trilingual("қабылданбады", "отклонено", "declined"));

    private final Trilingual label;

    FollowUpStatus(Trilingual label) {
        this.label = label;
    }

    public Trilingual label() {
        return label;
    }

    /** Not started or in progress: still to be done. */
    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }

    /** The status named {@code symbol}; {@link IllegalArgumentException} listing the known ones otherwise. */
    public static FollowUpStatus of(String symbol) {
        return Arrays.stream(values()).filter(status -> status.name().equals(symbol)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown status " + symbol
                        + "; expected one of " + Arrays.toString(values())));
    }
}
