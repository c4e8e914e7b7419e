package kz.civicrelay.platform.core;

import org.jspecify.annotations.Nullable;

/**
 * Refuses a decision on an instance that does not hold its service's lease: another instance decides.
 * A REST client gets 503 with {@code Retry-After} and, where known, the active instance's address.
 */
public final class StandbyException extends RuntimeException {

    private final @Nullable String activeInstance;

    public StandbyException(String message, @Nullable String activeInstance) {
        super(message);
        this.activeInstance = activeInstance;
    }

    /** The active instance as {@code <id> <url>}, or null while no instance holds the lease. */
    public @Nullable String activeInstance() {
        return activeInstance;
    }
}
