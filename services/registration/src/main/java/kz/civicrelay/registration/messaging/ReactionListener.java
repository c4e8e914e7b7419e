package kz.civicrelay.registration.messaging;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import kz.civicrelay.events.ForumCancelled;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.registration.application.RegistrationDesk;
import kz.civicrelay.registration.domain.Registrations;

/**
 * Registration's reactions to scheduling, in the consume-process-produce transaction of its listener
 * container: preparation opening opens registration; the forum convening or being cancelled closes it.
 * Each reaction decides from the state, so a redelivered event writes nothing twice; an event about
 * a forum registration has never heard of throws and ends in {@code relay.scheduling.DLT}.
 */
@Component
class ReactionListener {

    private final RegistrationDesk desk;
    private final FoldedState<Registrations> state;

    ReactionListener(RegistrationDesk desk, FoldedState<Registrations> state) {
        this.desk = desk;
        this.state = state;
    }

    @KafkaListener(id = "registration-reactions", topics = "relay.scheduling")
    void on(SpecificRecord event) {
        if (event instanceof ForumScheduled scheduled) {
            SchedulingFold.forumScheduled(state, scheduled);
        } else if (event instanceof ForumPreparationOpened opened) {
            desk.open(opened.getEnvelope().getForumId(), Origin.reaction(opened.getEnvelope()));
        } else if (event instanceof ForumConvened convened) {
            desk.close(convened.getEnvelope().getForumId(), Origin.reaction(convened.getEnvelope()));
        } else if (event instanceof ForumCancelled cancelled) {
            desk.close(cancelled.getEnvelope().getForumId(), Origin.reaction(cancelled.getEnvelope()));
            SchedulingFold.forumCancelled(state, cancelled);
        }
    }
}
