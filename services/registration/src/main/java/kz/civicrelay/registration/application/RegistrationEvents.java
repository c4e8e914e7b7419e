package kz.civicrelay.registration.application;

import java.util.List;

import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.registration.domain.RegistrationEvent;

/** Port: appends registration's events to its topic atomically; they are applied to the state once committed. */
public interface RegistrationEvents {

    void publish(String seriesId, List<RegistrationEvent> events, Origin origin);
}
