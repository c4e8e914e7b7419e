package kz.civicrelay.handoff.messaging;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.log.StartupRebuild;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.handoff.domain.Relay;

/** Handoff's state on start: scheduling's facts and its own handoff and notification topics. */
@Component
class StateRebuild extends StartupRebuild {

    private final FoldedState<Relay> state;

    StateRebuild(KafkaAdmin admin, EventLogReplay replay, FoldedState<Relay> state) {
        super(admin, replay, RelayTopic.SCHEDULING, RelayTopic.HANDOFF, RelayTopic.NOTIFICATIONS);
        this.state = state;
    }

    @Override
    protected void fold(SpecificRecord event) {
        UpstreamFold.fold(state, event);
        HandoffAvro.fromAvro(event).ifPresent(own -> {
            Envelope envelope = Envelopes.of(event);
            state.applyOnce(envelope.getEventId(), relay -> relay.apply(own, envelope.getOccurredAt()));
        });
    }
}
