package kz.civicrelay.registration.messaging;

import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import kz.civicrelay.events.ForumCancelled;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.registration.domain.Registrations;

/**
 * On start, before the listener and the REST API open, rebuilds the state by folding every committed
 * event of registration's own topic and scheduling's forum announcements, in append order.
 */
@Component
class StateRebuild implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StateRebuild.class);

    private final KafkaAdmin admin;
    private final EventLogReplay replay;
    private final FoldedState<Registrations> state;

    StateRebuild(KafkaAdmin admin, EventLogReplay replay, FoldedState<Registrations> state) {
        this.admin = admin;
        this.replay = replay;
        this.state = state;
    }

    @Override
    public void afterSingletonsInstantiated() {
        admin.initialize();
        var records = replay.readAll(
                List.of(RelayTopic.REGISTRATION.topicName(), RelayTopic.SCHEDULING.topicName()));
        for (var record : records) {
            fold(record.value());
        }
        log.info("Registration state rebuilt from {} events", records.size());
    }

    private void fold(SpecificRecord event) {
        try {
            if (event instanceof ForumScheduled scheduled) {
                SchedulingFold.forumScheduled(state, scheduled);
            } else if (event instanceof ForumCancelled cancelled) {
                SchedulingFold.forumCancelled(state, cancelled);
            } else {
                RegistrationAvro.fromAvro(event).ifPresent(domainEvent -> state.applyOnce(
                        Envelopes.of(event).getEventId(), registrations -> registrations.apply(domainEvent)));
            }
        } catch (IllegalArgumentException e) {
            // The live listener dead-lettered it; replay must not stop on it either.
            log.warn("Skipped {} on replay: {}", event.getSchema().getName(), e.getMessage());
        }
    }
}
