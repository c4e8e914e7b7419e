package kz.civicrelay.scheduling.messaging;

import kz.civicrelay.platform.core.Fold;
import kz.civicrelay.platform.core.ServiceDefinition;
import kz.civicrelay.scheduling.application.Scheduling;
import kz.civicrelay.scheduling.domain.Schedule;
import kz.civicrelay.scheduling.domain.SchedulingEvent;

/**
 * Scheduling as its service core runs it: an empty schedule, folded from scheduling's own events (each into the
 * series its envelope names) and from the facts it learns of resolution and handoff. Public so that an auditor's
 * replay ({@code forumctl audit --as-of}) folds the log with the very fold the service uses.
 */
public final class SchedulingDefinition {

    private SchedulingDefinition() {
    }

    public static ServiceDefinition<Schedule, SchedulingEvent> create() {
        return new ServiceDefinition<>(new Schedule(),
                Fold.of((schedule, event, envelope) -> schedule.apply(envelope.getSeriesId(), event),
                        Scheduling::seriesIdOf),
                new SchedulingUpstream(), SchedulingCodec.create());
    }
}
