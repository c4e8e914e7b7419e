package kz.civicrelay.resolution.messaging;

import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.platform.core.Fact;
import kz.civicrelay.platform.core.Upstream;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.resolution.domain.ForumResolutions;
import kz.civicrelay.resolution.domain.ResolutionEvent;
import kz.civicrelay.resolution.domain.ScheduledForum;

/**
 * What scheduling's events mean to resolution: a scheduled forum is remembered; a convened forum is
 * remembered as convened and, live, gets its resolution draft, once (the draft can only open once the
 * forum is known to have convened, which is why that is learned first). Other events are ignored.
 * A {@code ForumScheduled} whose texts the domain refuses (e.g. a blank title) is bad data: the live
 * listener dead-letters it and a restart skips it.
 */
public final class ResolutionUpstream implements Upstream<ForumResolutions, ResolutionEvent> {

    @Override
    public List<RelayTopic> topics() {
        return List.of(RelayTopic.SCHEDULING);
    }

    @Override
    public Optional<Fact<ForumResolutions, ResolutionEvent>> factOf(SpecificRecord record) {
        if (record instanceof ForumScheduled scheduled) {
            var envelope = scheduled.getEnvelope();
            // Built here, not in the fold: bad texts throw IllegalArgumentException before anything is learned.
            var forum = new ScheduledForum(envelope.getForumId(), envelope.getSeriesId(), scheduled.getPosition(),
                    scheduled.getRegionCode(),
                    ResolutionAvro.text(scheduled.getLocalTitle()), ResolutionAvro.text(scheduled.getTheme()));
            return Optional.of(Fact.learn(resolutions -> resolutions.forumScheduled(forum)));
        }
        if (record instanceof ForumConvened convened) {
            String forumId = convened.getEnvelope().getForumId();
            return Optional.of(new Fact<>(resolutions -> resolutions.forumConvened(forumId),
                    resolutions -> resolutions.openDraft(forumId)));
        }
        return Optional.empty();
    }
}
