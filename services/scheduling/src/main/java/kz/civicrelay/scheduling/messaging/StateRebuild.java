package kz.civicrelay.scheduling.messaging;

import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.scheduling.domain.Series;

/**
 * On start, before the listener and the REST API open, rebuilds the state by folding every committed
 * event of scheduling's own topic and of the resolution topic, in append order.
 */
@Component
class StateRebuild implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StateRebuild.class);

    private final KafkaAdmin admin;
    private final EventLogReplay replay;
    private final FoldedState<Series> state;

    StateRebuild(KafkaAdmin admin, EventLogReplay replay, FoldedState<Series> state) {
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
            if (event instanceof ResolutionAdopted adopted) {
                UpstreamFold.resolutionAdopted(state, adopted);
            } else {
                SchedulingAvro.fromAvro(event).ifPresent(domainEvent -> state.applyOnce(
                        kz.civicrelay.platform.envelope.Envelopes.of(event).getEventId(),
                        series -> series.apply(domainEvent)));
            }
        }
        log.info("Scheduling state rebuilt from {} events", records.size());
    }
}
