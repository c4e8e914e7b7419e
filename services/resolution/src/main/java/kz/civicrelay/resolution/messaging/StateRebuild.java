package kz.civicrelay.resolution.messaging;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.log.StartupRebuild;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.resolution.domain.ForumResolutions;

/** Resolution's state on start: scheduling's forums and its own topic. */
@Component
class StateRebuild extends StartupRebuild {

    private final FoldedState<ForumResolutions> state;

    StateRebuild(KafkaAdmin admin, EventLogReplay replay, FoldedState<ForumResolutions> state) {
        super(admin, replay, RelayTopic.SCHEDULING, RelayTopic.RESOLUTION);
        this.state = state;
    }

    @Override
    protected void fold(SpecificRecord event) {
        if (event instanceof ForumScheduled scheduled) {
            UpstreamFold.forumScheduled(state, scheduled);
        } else if (event instanceof ForumConvened convened) {
            UpstreamFold.forumConvened(state, convened);
        } else {
            ResolutionAvro.fromAvro(event).ifPresent(domainEvent -> state.applyOnce(
                    Envelopes.of(event).getEventId(), resolutions -> resolutions.apply(domainEvent)));
        }
    }
}
