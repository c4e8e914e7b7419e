package kz.civicrelay.delivery.application;

import java.time.Instant;
import java.util.List;

import kz.civicrelay.delivery.domain.DeliveryEvent;
import kz.civicrelay.delivery.domain.Due;
import kz.civicrelay.platform.publish.Origin;

/** What the dispatcher needs of delivery's acts: whether this instance decides, the work due, and recording. */
public interface Attempts {

    boolean isActive();

    /** The attempts due at {@code now}, at most {@code limit}: the regions' and operators' first, then people's. */
    List<Due> due(Instant now, int limit);

    /** Whether {@code due} is still due (not recorded meanwhile). */
    boolean isDue(Due due, Instant now);

    /**
     * Records what the attempts came to, together (one transaction for the attempts of one series); nothing for an
     * attempt recorded before.
     */
    List<DeliveryEvent> record(List<Attempted> attempts, Origin origin);
}
