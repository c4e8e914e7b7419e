package kz.civicrelay.resolution.messaging;

import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.resolution.domain.ForumResolutions;
import kz.civicrelay.resolution.domain.ScheduledForum;

/** Folds the scheduling events that resolution keeps in its state, each once by event id. */
final class UpstreamFold {

    private UpstreamFold() {
    }

    static void forumScheduled(FoldedState<ForumResolutions> state, ForumScheduled scheduled) {
        var envelope = scheduled.getEnvelope();
        var forum = new ScheduledForum(envelope.getForumId(), envelope.getSeriesId(), scheduled.getRegionCode(),
                ResolutionAvro.text(scheduled.getLocalTitle()), ResolutionAvro.text(scheduled.getTheme()));
        state.applyOnce(envelope.getEventId(), resolutions -> resolutions.forumScheduled(forum));
    }

    static void forumConvened(FoldedState<ForumResolutions> state, ForumConvened convened) {
        state.applyOnce(convened.getEnvelope().getEventId(),
                resolutions -> resolutions.forumConvened(convened.getEnvelope().getForumId()));
    }
}
