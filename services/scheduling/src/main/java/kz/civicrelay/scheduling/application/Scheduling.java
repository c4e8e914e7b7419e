package kz.civicrelay.scheduling.application;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import kz.civicrelay.platform.core.ServiceCore;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.scheduling.domain.SchedulingEvent;
import kz.civicrelay.scheduling.domain.Series;
import kz.civicrelay.scheduling.domain.SeriesPlan;

/**
 * The acts of scheduling: each decides against the current state and appends the resulting events
 * through the service core, as one step under the state's lock on the active instance.
 */
public final class Scheduling {

    private final ServiceCore<Series, SchedulingEvent> core;

    public Scheduling(ServiceCore<Series, SchedulingEvent> core) {
        this.core = core;
    }

    public void plan(SeriesPlan plan, Origin origin) {
        core.decide(series -> series.plan(plan), origin);
    }

    public void convene(String forumId, Origin origin) {
        core.decide(series -> series.convene(forumId), origin);
    }

    public void complete(String forumId, Origin origin) {
        core.decide(series -> series.complete(forumId), origin);
    }

    public void postpone(String forumId, LocalDate start, LocalDate end, Trilingual reason, Origin origin) {
        core.decide(series -> series.postpone(forumId, start, end, reason), origin);
    }

    public void cancel(String forumId, Trilingual reason, Origin origin) {
        core.decide(series -> series.cancel(forumId, reason), origin);
    }

    public <R> R read(Function<Series, R> query) {
        return core.read(query);
    }

    /** The series the events of one decision belong to: the one a plan names, or the planned one. */
    public static String seriesIdOf(Series series, List<SchedulingEvent> decided) {
        return decided.stream().filter(SchedulingEvent.SeriesPlanned.class::isInstance)
                .map(e -> ((SchedulingEvent.SeriesPlanned) e).seriesId()).findFirst()
                .orElseGet(() -> series.seriesId().orElseThrow(() -> new IllegalStateException("No series is planned yet")));
    }
}
