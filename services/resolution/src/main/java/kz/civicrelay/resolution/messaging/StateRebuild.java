package kz.civicrelay.resolution.messaging;

import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.resolution.domain.ForumResolutions;

/**
 * On start, before the listener and the REST API open, rebuilds the state by folding every committed
 * event of the scheduling topic and of resolution's own topic, in append order.
 */
@Component
class StateRebuild implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StateRebuild.class);

    private final KafkaAdmin admin;
    private final EventLogReplay replay;
    private final FoldedState<ForumResolutions> state;

    StateRebuild(KafkaAdmin admin, EventLogReplay replay, FoldedState<ForumResolutions> state) {
        this.admin = admin;
        this.replay = replay;
        this.state = state;
    }

    @Override
    public void afterSingletonsInstantiated() {
        admin.initialize();
        var records = replay.readAll(List.of(RelayTopic.SCHEDULING.topicName(), RelayTopic.RESOLUTION.topicName()));
        for (var record : records) {
            SpecificRecord event = record.value();
            if (event instanceof ForumScheduled scheduled) {
                UpstreamFold.forumScheduled(state, scheduled);
            } else if (event instanceof ForumConvened convened) {
                UpstreamFold.forumConvened(state, convened);
            } else {
                ResolutionAvro.fromAvro(event).ifPresent(domainEvent -> state.applyOnce(
                        Envelopes.of(event).getEventId(), resolutions -> resolutions.apply(domainEvent)));
            }
        }
        log.info("Resolution state rebuilt from {} events", records.size());
    }
}
