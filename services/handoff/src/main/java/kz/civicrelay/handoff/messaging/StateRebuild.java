package kz.civicrelay.handoff.messaging;

import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * On start, before the listener, the timer and the REST API open, rebuilds the state by folding every
 * committed event of handoff's own topics and of the scheduling topic, in append order. Nothing is
 * decided here: a completion whose handoff never committed is still uncommitted for the listener's
 * group and comes to the listener again.
 */
@Component
class StateRebuild implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StateRebuild.class);

    private final KafkaAdmin admin;
    private final EventLogReplay replay;
    private final FoldedState<Relay> state;

    StateRebuild(KafkaAdmin admin, EventLogReplay replay, FoldedState<Relay> state) {
        this.admin = admin;
        this.replay = replay;
        this.state = state;
    }

    @Override
    public void afterSingletonsInstantiated() {
        admin.initialize();
        var records = replay.readAll(List.of(RelayTopic.SCHEDULING.topicName(), RelayTopic.HANDOFF.topicName(),
                RelayTopic.NOTIFICATIONS.topicName()));
        for (var record : records) {
            SpecificRecord event = record.value();
            UpstreamFold.fold(state, event);
            HandoffAvro.fromAvro(event).ifPresent(own -> {
                Envelope envelope = Envelopes.of(event);
                state.applyOnce(envelope.getEventId(), relay -> relay.apply(own, envelope.getOccurredAt()));
            });
        }
        log.info("Handoff state rebuilt from {} events", records.size());
    }
}
