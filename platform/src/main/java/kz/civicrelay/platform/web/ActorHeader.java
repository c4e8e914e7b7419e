package kz.civicrelay.platform.web;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.platform.publish.Origin;

/**
 * Who sends a command: the optional {@code X-Actor} header names the person, who is recorded in the
 * envelope of every event the command writes. Without the header, the service names a fallback.
 */
public final class ActorHeader {

    public static final String NAME = "X-Actor";
    static final int MAX_LENGTH = 100;

    private ActorHeader() {
    }

    /** The command's origin: the header's id (stripped), or {@code fallback} when it is absent or blank. */
    public static Origin origin(ActorKind kind, @Nullable String header, String fallback) {
        String id = header == null || header.isBlank() ? fallback : header.strip();
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(NAME + " must be at most " + MAX_LENGTH + " characters");
        }
        return Origin.command(new Actor(kind, id, null));
    }
}
