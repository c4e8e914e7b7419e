package kz.civicrelay.resolution.messaging;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.resolution.application.Drafting;
import kz.civicrelay.resolution.domain.ForumResolutions;

/**
 * Resolution's reactions, in the consume-process-produce transaction of its listener container:
 * a scheduled forum is remembered; a convened forum gets its resolution draft, once. Other events are ignored.
 */
@Component
class ReactionListener {

    private final Drafting drafting;
    private final FoldedState<ForumResolutions> state;

    ReactionListener(Drafting drafting, FoldedState<ForumResolutions> state) {
        this.drafting = drafting;
        this.state = state;
    }

    @KafkaListener(id = "resolution-reactions", topics = {"relay.scheduling"})
    void on(SpecificRecord event) {
        if (event instanceof ForumScheduled scheduled) {
            UpstreamFold.forumScheduled(state, scheduled);
        } else if (event instanceof ForumConvened convened) {
            UpstreamFold.forumConvened(state, convened);
            drafting.forumConvened(convened.getEnvelope().getForumId(), Origin.reaction(convened.getEnvelope()));
        }
    }
}
