package kz.civicrelay.scheduling.messaging;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.scheduling.application.Scheduling;
import kz.civicrelay.scheduling.domain.Series;

/**
 * Scheduling's reactions, in the consume-process-produce transaction of its listener container:
 * the baton reaching a forum opens its preparation; an adopted resolution lets its forum complete.
 */
@Component
class ReactionListener {

    private final Scheduling scheduling;
    private final FoldedState<Series> state;

    ReactionListener(Scheduling scheduling, FoldedState<Series> state) {
        this.scheduling = scheduling;
        this.state = state;
    }

    @KafkaListener(id = "scheduling-reactions", topics = {"relay.handoff", "relay.resolution"})
    void on(SpecificRecord event) {
        if (event instanceof BatonPassed baton) {
            scheduling.batonArrived(baton.getToForumId(), baton.getFromRegionCode(),
                    Origin.reaction(baton.getEnvelope()));
        } else if (event instanceof ResolutionAdopted adopted) {
            UpstreamFold.resolutionAdopted(state, adopted);
        }
    }
}
