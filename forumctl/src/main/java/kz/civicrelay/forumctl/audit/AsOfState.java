package kz.civicrelay.forumctl.audit;

import java.util.List;

import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.handoff.messaging.HandoffDefinition;
import kz.civicrelay.resolution.domain.ForumResolutions;
import kz.civicrelay.resolution.messaging.ResolutionDefinition;
import kz.civicrelay.scheduling.domain.Schedule;
import kz.civicrelay.scheduling.messaging.SchedulingDefinition;

/**
 * The relay as it stood at the end of the events given: scheduling's schedule, resolution's resolutions and
 * handoff's relay, each folded afresh with its service's own definition ({@link ServiceReplay}). Registration's and
 * delivery's states are not rebuilt: the auditor's principal may not read relay.registration (participants' names,
 * decision 0015); registration figures come from the handoff packages instead.
 */
public record AsOfState(Schedule schedule, ForumResolutions resolutions, Relay relay) {

    public static AsOfState of(List<LoggedEvent> events) {
        return new AsOfState(ServiceReplay.fold(SchedulingDefinition.create(), events),
                ServiceReplay.fold(ResolutionDefinition.create(), events),
                ServiceReplay.fold(HandoffDefinition.create(), events));
    }
}
