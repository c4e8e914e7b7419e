package kz.civicrelay.scheduling.application;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.platform.core.ServiceCore;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.scheduling.domain.PlanEdit;
import kz.civicrelay.scheduling.domain.ProposedSession;
import kz.civicrelay.scheduling.domain.Schedule;
import kz.civicrelay.scheduling.domain.SchedulingEvent;
import kz.civicrelay.scheduling.domain.SeriesPlan;

/**
 * The acts of scheduling: each decides against the current state and appends the resulting events
 * through the service core, as one step under the state's lock on the active instance.
 */
public final class Scheduling {

    private final ServiceCore<Schedule, SchedulingEvent> core;

    public Scheduling(ServiceCore<Schedule, SchedulingEvent> core) {
        this.core = core;
    }

    public void plan(SeriesPlan plan, Origin origin) {
        core.decide(schedule -> schedule.plan(plan), origin);
    }

    public void convene(String forumId, Origin origin) {
        core.decide(schedule -> schedule.convene(forumId), origin);
    }

    public void complete(String forumId, Origin origin) {
        core.decide(schedule -> schedule.complete(forumId), origin);
    }

    public void postpone(String forumId, LocalDate start, LocalDate end, Trilingual reason, Origin origin) {
        core.decide(schedule -> schedule.postpone(forumId, start, end, reason), origin);
    }

    public void editPlan(String forumId, PlanEdit edit, Origin origin) {
        core.decide(schedule -> schedule.editPlan(forumId, edit), origin);
    }

    public void setProgramme(String forumId, List<ProposedSession> sessions, Origin origin) {
        core.decide(schedule -> schedule.setProgramme(forumId, sessions), origin);
    }

    public void cancel(String forumId, Trilingual reason, Origin origin) {
        core.decide(schedule -> schedule.cancel(forumId, reason), origin);
    }

    public void suspend(String seriesId, @Nullable Trilingual reason, Origin origin) {
        core.decide(schedule -> schedule.suspend(seriesId, reason), origin);
    }

    public void resume(String seriesId, Origin origin) {
        core.decide(schedule -> schedule.resume(seriesId), origin);
    }

    public void closeEarly(String seriesId, Trilingual reason, Origin origin) {
        core.decide(schedule -> schedule.closeEarly(seriesId, reason), origin);
    }

    public <R> R read(Function<Schedule, R> query) {
        return core.read(query);
    }

    /** The series the events of one decision belong to: the one a plan names, or the one its forum is of. */
    public static String seriesIdOf(Schedule schedule, List<SchedulingEvent> decided) {
        return schedule.seriesIdOf(decided);
    }
}
