package kz.civicrelay.scheduling.messaging;

import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.platform.core.Fact;
import kz.civicrelay.platform.core.Upstream;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.scheduling.domain.SchedulingEvent;
import kz.civicrelay.scheduling.domain.Series;

/**
 * What the other services' events mean to scheduling: an adopted resolution lets its forum complete; the
 * baton reaching a forum opens its preparation.
 */
public final class SchedulingUpstream implements Upstream<Series, SchedulingEvent> {

    @Override
    public List<RelayTopic> topics() {
        return List.of(RelayTopic.HANDOFF, RelayTopic.RESOLUTION);
    }

    @Override
    public Optional<Fact<Series, SchedulingEvent>> factOf(SpecificRecord record) {
        if (record instanceof ResolutionAdopted adopted) {
            String forumId = adopted.getEnvelope().getForumId();
            String resolutionId = adopted.getResolutionId();
            return Optional.of(Fact.learn(series -> series.resolutionAdopted(forumId, resolutionId)));
        }
        if (record instanceof BatonPassed baton) {
            String toForumId = baton.getToForumId();
            String fromRegionCode = baton.getFromRegionCode();
            return Optional.of(Fact.react(series -> series.batonArrived(toForumId, fromRegionCode)));
        }
        return Optional.empty();
    }
}
