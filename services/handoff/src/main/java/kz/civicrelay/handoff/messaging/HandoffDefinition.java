package kz.civicrelay.handoff.messaging;

import java.time.Duration;

import kz.civicrelay.handoff.application.Handoff;
import kz.civicrelay.handoff.domain.HandoffEvent;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.platform.core.Fold;
import kz.civicrelay.platform.core.ServiceDefinition;

/**
 * Handoff as its service core runs it: an empty relay, folded from handoff's own events (each at the time
 * its envelope names) and from scheduling's facts, and its events on the wire.
 */
public final class HandoffDefinition {

    private HandoffDefinition() {
    }

    /** A definition with a new, empty relay whose batons are due 48 hours after they were passed. */
    public static ServiceDefinition<Relay, HandoffEvent> create() {
        return create(Duration.ofHours(48));
    }

    /** A definition with a new, empty relay whose batons are due {@code acknowledgementSla} after they were passed. */
    public static ServiceDefinition<Relay, HandoffEvent> create(Duration acknowledgementSla) {
        return new ServiceDefinition<>(new Relay(acknowledgementSla),
                Fold.of((relay, event, envelope) -> relay.apply(event, envelope.getOccurredAt()), Handoff::seriesIdOf),
                new HandoffUpstream(), new HandoffCodec());
    }
}
