package kz.civicrelay.delivery.application;

import java.time.Instant;
import java.util.List;

import kz.civicrelay.delivery.domain.DeliveryEvent;
import kz.civicrelay.delivery.domain.Due;
import kz.civicrelay.delivery.send.Outcome;
import kz.civicrelay.platform.publish.Origin;

/** What the dispatcher needs of delivery's acts: whether this instance decides, the work due, and recording. */
public interface Attempts {

    boolean isActive();

    /** The attempts due at {@code now}. */
    List<Due> due(Instant now);

    /** Whether {@code due} is still due (not recorded meanwhile). */
    boolean isDue(Due due, Instant now);

    /** Records what attempt {@code due} came to at {@code now}; nothing if it was recorded before. */
    List<DeliveryEvent> record(Due due, Outcome outcome, Instant now, Origin origin);
}
