package kz.civicrelay.scheduling.messaging;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.log.StartupRebuild;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.scheduling.domain.Series;

/** Scheduling's state on start: its own topic and the adopted resolutions. */
@Component
class StateRebuild extends StartupRebuild {

    private final FoldedState<Series> state;

    StateRebuild(KafkaAdmin admin, EventLogReplay replay, FoldedState<Series> state) {
        super(admin, replay, RelayTopic.SCHEDULING, RelayTopic.RESOLUTION);
        this.state = state;
    }

    @Override
    protected void fold(SpecificRecord event) {
        if (event instanceof ResolutionAdopted adopted) {
            UpstreamFold.resolutionAdopted(state, adopted);
        } else {
            SchedulingAvro.fromAvro(event).ifPresent(domainEvent -> state.applyOnce(
                    Envelopes.of(event).getEventId(), series -> series.apply(domainEvent)));
        }
    }
}
