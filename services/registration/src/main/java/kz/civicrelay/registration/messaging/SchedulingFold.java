package kz.civicrelay.registration.messaging;

import kz.civicrelay.events.ForumCancelled;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.registration.domain.Registrations;
import kz.civicrelay.registration.domain.ScheduledForum;

/**
 * Folds the scheduling facts registration keeps in its state, each once by event id. Bad data
 * throws before anything is marked applied, so the listener retries it and then dead-letters it.
 */
final class SchedulingFold {

    private SchedulingFold() {
    }

    static void forumScheduled(FoldedState<Registrations> state, ForumScheduled scheduled) {
        var envelope = scheduled.getEnvelope();
        ScheduledForum forum = new ScheduledForum(envelope.getForumId(), envelope.getSeriesId(),
                scheduled.getCapacity(), scheduled.getRegionCode());
        state.applyOnce(envelope.getEventId(), registrations -> registrations.forumScheduled(forum));
    }

    static void forumCancelled(FoldedState<Registrations> state, ForumCancelled cancelled) {
        var envelope = cancelled.getEnvelope();
        state.applyOnce(envelope.getEventId(), registrations -> registrations.forumCancelled(envelope.getForumId()));
    }
}
