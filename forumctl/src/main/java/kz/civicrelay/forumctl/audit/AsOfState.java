package kz.civicrelay.forumctl.audit;

import java.util.List;

import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.handoff.messaging.HandoffDefinition;
import kz.civicrelay.registration.domain.Registrations;
import kz.civicrelay.registration.messaging.RegistrationDefinition;
import kz.civicrelay.resolution.domain.ForumResolutions;
import kz.civicrelay.resolution.messaging.ResolutionDefinition;
import kz.civicrelay.scheduling.domain.Schedule;
import kz.civicrelay.scheduling.messaging.SchedulingDefinition;

/**
 * The relay as it stood at the end of the events given: scheduling's schedule, registration's registrations,
 * resolution's resolutions and handoff's relay, each folded afresh with its service's own definition
 * ({@link ServiceReplay}). Registrations are empty where the auditor could not read relay.registration (decision
 * 0025); delivery's state is not rebuilt (its events are read as they are).
 */
public record AsOfState(Schedule schedule, Registrations registrations, ForumResolutions resolutions, Relay relay) {

    public static AsOfState of(List<LoggedEvent> events) {
        return new AsOfState(ServiceReplay.fold(SchedulingDefinition.create(), events),
                ServiceReplay.fold(RegistrationDefinition.create(), events),
                ServiceReplay.fold(ResolutionDefinition.create(), events),
                ServiceReplay.fold(HandoffDefinition.create(), events));
    }

    /** The forum's registration as registration folded it; empty for a forum registration never learned of. */
    public java.util.Optional<kz.civicrelay.registration.domain.ForumRegistration> registrationOf(String forumId) {
        try {
            return java.util.Optional.of(registrations.forum(forumId));
        } catch (java.util.NoSuchElementException unknown) {
            return java.util.Optional.empty();
        }
    }
}
