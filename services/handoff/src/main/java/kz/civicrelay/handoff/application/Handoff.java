package kz.civicrelay.handoff.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.handoff.domain.HandoffEvent;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.publish.Origin;

/**
 * The acts of the handoff service: each decides against the current state and publishes the
 * resulting events as one step under the state's lock, so two acts never decide on the same stale
 * state and the baton is never passed twice.
 */
public final class Handoff {

    private final FoldedState<Relay> state;
    private final HandoffEvents events;
    private final Duration acknowledgementTimeout;

    public Handoff(FoldedState<Relay> state, HandoffEvents events, Duration acknowledgementTimeout) {
        this.state = state;
        this.events = events;
        this.acknowledgementTimeout = acknowledgementTimeout;
    }

    /** A forum completed: pass the baton to the next forum held, with a notification to every region. */
    public void forumCompleted(String seriesId, String forumId, Origin origin) {
        act(relay -> relay.forumCompleted(seriesId, forumId), origin);
    }

    /** A forum was cancelled: if the baton was already on its way to it, pass it further. */
    public void forumCancelled(String seriesId, String forumId, Origin origin) {
        act(relay -> relay.forumCancelled(seriesId, forumId), origin);
    }

    public void seriesCompleted(String seriesId, String lastForumId, String lastRegionCode, Origin origin) {
        act(relay -> relay.seriesCompleted(seriesId, lastForumId, lastRegionCode), origin);
    }

    public void acknowledge(String notificationId, String regionCode, @Nullable String comment, Origin origin) {
        act(relay -> relay.acknowledge(notificationId, regionCode, comment), origin);
    }

    /** Escalates each baton notification left unacknowledged for the acknowledgement timeout as of {@code now}. */
    public void escalateOverdue(Instant now, Origin origin) {
        act(relay -> relay.escalationsDue(now, acknowledgementTimeout), origin);
    }

    public <R> R read(Function<Relay, R> query) {
        return state.withState(query);
    }

    private void act(Function<Relay, List<HandoffEvent>> decision, Origin origin) {
        state.exclusively(() -> {
            events.publish(state.withState(decision), origin);
            return null;
        });
    }
}
