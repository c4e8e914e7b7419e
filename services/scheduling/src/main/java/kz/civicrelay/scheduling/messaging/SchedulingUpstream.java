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
import kz.civicrelay.scheduling.domain.Schedule;

/**
 * What the other services' events mean to scheduling, each for the series its envelope names: an adopted
 * resolution lets its forum complete; the baton reaching a forum is kept and opens its preparation (at once while
 * the series runs, when it resumes if it is suspended, never once it is closed).
 */
public final class SchedulingUpstream implements Upstream<Schedule, SchedulingEvent> {

    @Override
    public List<RelayTopic> topics() {
        return List.of(RelayTopic.HANDOFF, RelayTopic.RESOLUTION);
    }

    @Override
    public Optional<Fact<Schedule, SchedulingEvent>> factOf(SpecificRecord record) {
        if (record instanceof ResolutionAdopted adopted) {
            String seriesId = adopted.getEnvelope().getSeriesId();
            String forumId = adopted.getEnvelope().getForumId();
            String resolutionId = adopted.getResolutionId();
            return Optional.of(Fact.learn(schedule -> schedule.resolutionAdopted(seriesId, forumId, resolutionId)));
        }
        if (record instanceof BatonPassed baton) {
            String seriesId = baton.getEnvelope().getSeriesId();
            String toForumId = baton.getToForumId();
            String fromRegionCode = baton.getFromRegionCode();
            return Optional.of(new Fact<>(schedule -> schedule.batonReached(seriesId, toForumId, fromRegionCode),
                    schedule -> schedule.batonArrived(seriesId, toForumId)));
        }
        return Optional.empty();
    }
}
