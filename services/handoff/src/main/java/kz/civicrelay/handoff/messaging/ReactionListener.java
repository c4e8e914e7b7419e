package kz.civicrelay.handoff.messaging;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import kz.civicrelay.events.ForumCancelled;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.SeriesCompleted;
import kz.civicrelay.handoff.application.Handoff;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.publish.Origin;

/**
 * Handoff's reactions to scheduling, in the consume-process-produce transaction of its listener
 * container: it folds the plan and where the baton is, and when a forum completes passes the baton
 * on. Every reaction decides from the state, so a repeated or re-delivered event passes nothing.
 */
@Component
class ReactionListener {

    private final Handoff handoff;
    private final FoldedState<Relay> state;

    ReactionListener(Handoff handoff, FoldedState<Relay> state) {
        this.handoff = handoff;
        this.state = state;
    }

    @KafkaListener(id = "handoff-reactions", topics = "relay.scheduling")
    void on(SpecificRecord event) {
        UpstreamFold.fold(state, event);
        if (event instanceof ForumCompleted completed) {
            handoff.forumCompleted(completed.getEnvelope().getSeriesId(), completed.getEnvelope().getForumId(),
                    Origin.reaction(completed.getEnvelope()));
        } else if (event instanceof ForumCancelled cancelled) {
            handoff.forumCancelled(cancelled.getEnvelope().getSeriesId(), cancelled.getEnvelope().getForumId(),
                    Origin.reaction(cancelled.getEnvelope()));
        } else if (event instanceof SeriesCompleted completed) {
            handoff.seriesCompleted(completed.getEnvelope().getSeriesId(), completed.getLastForumId(),
                    completed.getLastRegionCode(), Origin.reaction(completed.getEnvelope()));
        }
    }
}
