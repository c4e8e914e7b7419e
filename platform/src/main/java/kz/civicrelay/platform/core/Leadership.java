package kz.civicrelay.platform.core;

import org.jspecify.annotations.Nullable;

/**
 * Whether this instance decides for its service. It decides only while it is {@link Role#ACTIVE} and
 * its lease was confirmed by the group coordinator within the last half session, so a process that was
 * paused longer than that (and may have been replaced) refuses to decide until it has heard again.
 */
public final class Leadership {

    /** The instance's part. */
    public enum Role {
        /** Rebuilt, not yet a member of the lease group. */
        JOINING,
        /** Another instance holds the lease (or none does yet); this one follows the log and serves reads. */
        STANDBY,
        /** Holds the lease: fencing the predecessor and catching up with the log before deciding. */
        TAKING_OVER,
        /** Holds the lease and decides. */
        ACTIVE
    }

    private final String instance;
    private final long validityNanos;
    private volatile Role role = Role.JOINING;
    private volatile long confirmedAt;
    private volatile @Nullable String activeInstance;

    /** @param validityNanos how long a confirmation of the lease lets this instance decide */
    public Leadership(String instance, long validityNanos) {
        this.instance = instance;
        this.validityNanos = validityNanos;
    }

    public Role role() {
        return role;
    }

    public String instance() {
        return instance;
    }

    /** The active instance as {@code <id> <url>}, as last seen; null while unknown. */
    public @Nullable String activeInstance() {
        return role == Role.ACTIVE ? instance : activeInstance;
    }

    /** True if this instance may decide now. */
    public boolean isActive() {
        return role == Role.ACTIVE && System.nanoTime() - confirmedAt < validityNanos;
    }

    /** Throws unless this instance may decide now. */
    public void checkActive() {
        if (!isActive()) {
            String active = activeInstance;
            throw new StandbyException(role == Role.ACTIVE
                    ? "This instance's lease is not confirmed yet; try again in a moment"
                    : "This instance is on standby (" + role.name().toLowerCase(java.util.Locale.ROOT)
                            + "); " + (active == null ? "no instance decides at this moment" : "the active instance is "
                                    + active), active);
        }
    }

    void confirmed(long sentAtNanos) {
        confirmedAt = sentAtNanos;
    }

    void become(Role next) {
        role = next;
    }

    void activeIs(@Nullable String active) {
        activeInstance = active;
    }
}
