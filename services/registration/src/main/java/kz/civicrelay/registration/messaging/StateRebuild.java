package kz.civicrelay.registration.messaging;

import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import kz.civicrelay.events.ForumCancelled;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.log.StartupRebuild;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.registration.domain.Registrations;

/** Registration's state on start: its own topic and scheduling's forum announcements. */
@Component
class StateRebuild extends StartupRebuild {

    private static final Logger log = LoggerFactory.getLogger(StateRebuild.class);

    private final FoldedState<Registrations> state;

    StateRebuild(KafkaAdmin admin, EventLogReplay replay, FoldedState<Registrations> state) {
        super(admin, replay, RelayTopic.REGISTRATION, RelayTopic.SCHEDULING);
        this.state = state;
    }

    @Override
    protected void fold(SpecificRecord event) {
        try {
            if (event instanceof ForumScheduled scheduled) {
                SchedulingFold.forumScheduled(state, scheduled);
            } else if (event instanceof ForumCancelled cancelled) {
                SchedulingFold.forumCancelled(state, cancelled);
            } else {
                var envelope = Envelopes.of(event);
                RegistrationAvro.fromAvro(event).ifPresent(domainEvent -> state.applyOnce(envelope.getEventId(),
                        registrations -> registrations.apply(domainEvent, envelope.getOccurredAt())));
            }
        } catch (IllegalArgumentException e) {
            // The live listener dead-lettered it; replay must not stop on it either.
            log.warn("Skipped {} on replay: {}", event.getSchema().getName(), e.getMessage());
        }
    }
}
