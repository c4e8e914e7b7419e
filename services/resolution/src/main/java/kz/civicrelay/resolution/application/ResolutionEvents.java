package kz.civicrelay.resolution.application;

import java.util.List;

import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.resolution.domain.ResolutionEvent;

/** Port: appends resolution's events to its topic atomically; they are applied to the state once committed. */
public interface ResolutionEvents {

    void publish(String seriesId, List<ResolutionEvent> events, Origin origin);
}
