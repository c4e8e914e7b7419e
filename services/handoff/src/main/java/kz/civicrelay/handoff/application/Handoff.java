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

    public Handoff(ServiceCore<Relay, HandoffEvent> core) {
        this.core = core;
    }

    public void acknowledge(String notificationId, String regionCode, @Nullable String comment, Origin origin) {
        core.decide(relay -> relay.acknowledge(notificationId, regionCode, comment), origin);
    }

    /**
     * Reminds each receiving team whose baton is unacknowledged at 50% and 75% of its series' acknowledgement SLA,
     * and escalates each baton left unacknowledged for the whole SLA, as of {@code now}.
     */
    public void remindAndEscalate(Instant now, Origin origin) {
        core.decide(relay -> relay.remindersAndEscalationsDue(now), origin);
    }

    /** Sets how long the receiving teams of a series have to acknowledge the baton. */
    public void setAcknowledgementSla(String seriesId, Duration sla, Origin origin) {
        core.decide(relay -> relay.setAcknowledgementSla(seriesId, sla), origin);
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
