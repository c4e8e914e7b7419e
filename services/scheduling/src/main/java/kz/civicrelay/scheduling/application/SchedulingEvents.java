package kz.civicrelay.scheduling.application;

import java.util.List;

import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.scheduling.domain.SchedulingEvent;

/** Port: appends scheduling's events to its topic atomically; they are applied to the state once committed. */
public interface SchedulingEvents {

    void publish(String seriesId, List<SchedulingEvent> events, Origin origin);
}
