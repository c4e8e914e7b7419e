package kz.civicrelay.handoff.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.handoff.domain.HandoffEvent;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.platform.core.ServiceCore;
import kz.civicrelay.platform.publish.Origin;

/**
 * The acts of the handoff service: each decides against the current state and appends the resulting
 * events through the service core, as one step under the state's lock on the active instance, so two
 * acts never decide on the same stale state and the baton is never passed twice. Its reactions to
 * scheduling (the baton passed on a completion, a cancellation, the end of the series) are the core's,
 * from {@code HandoffUpstream}.
 */
public final class Handoff {

    private final ServiceCore<Relay, HandoffEvent> core;
    private final Duration acknowledgementTimeout;

    public Handoff(ServiceCore<Relay, HandoffEvent> core, Duration acknowledgementTimeout) {
        this.core = core;
        this.acknowledgementTimeout = acknowledgementTimeout;
    }

    public void acknowledge(String notificationId, String regionCode, @Nullable String comment, Origin origin) {
        core.decide(relay -> relay.acknowledge(notificationId, regionCode, comment), origin);
    }

    /** Escalates each baton notification left unacknowledged for the acknowledgement timeout as of {@code now}. */
    public void escalateOverdue(Instant now, Origin origin) {
        core.decide(relay -> relay.escalationsDue(now, acknowledgementTimeout), origin);
    }

    /** True if this instance decides now (false on a standby). */
    public boolean isActive() {
        return core.isActive();
    }

    public <R> R read(Function<Relay, R> query) {
        return core.read(query);
    }

    /** The series the events of one decision belong to: every handoff event names its series. */
    public static String seriesIdOf(Relay relay, List<HandoffEvent> decided) {
        return decided.stream().findFirst().map(HandoffEvent::seriesId)
                .orElseGet(() -> relay.seriesId().orElseThrow(() -> new IllegalStateException("No series is planned yet")));
    }
}
