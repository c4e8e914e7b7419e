package kz.civicrelay.handoff.application;

import java.util.List;

import kz.civicrelay.handoff.domain.HandoffEvent;
import kz.civicrelay.platform.publish.Origin;

/**
 * Port: appends handoff's events atomically (baton and acknowledgements to {@code relay.handoff},
 * notifications to {@code relay.notifications}); they are applied to the state once committed.
 */
public interface HandoffEvents {

    void publish(List<HandoffEvent> events, Origin origin);
}
