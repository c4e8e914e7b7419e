package kz.civicrelay.scheduling.application;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.scheduling.domain.SchedulingEvent;
import kz.civicrelay.scheduling.domain.Series;
import kz.civicrelay.scheduling.domain.SeriesPlan;

/**
 * The acts of scheduling: each decides against the current state and publishes the resulting
 * events, as one step under the state's lock, so two acts never decide on the same stale state.
 */
public final class Scheduling {

    private final FoldedState<Series> state;
    private final SchedulingEvents events;

    public Scheduling(FoldedState<Series> state, SchedulingEvents events) {
        this.state = state;
        this.events = events;
    }

    public void plan(SeriesPlan plan, Origin origin) {
        act(series -> series.plan(plan), series -> plan.seriesId(), origin);
    }

    public void convene(String forumId, Origin origin) {
        act(series -> series.convene(forumId), origin);
    }

    public void complete(String forumId, Origin origin) {
        act(series -> series.complete(forumId), origin);
    }

    public void postpone(String forumId, LocalDate start, LocalDate end, Trilingual reason, Origin origin) {
        act(series -> series.postpone(forumId, start, end, reason), origin);
    }

    public void cancel(String forumId, Trilingual reason, Origin origin) {
        act(series -> series.cancel(forumId, reason), origin);
    }

    /** Handoff passed the baton to {@code toForumId}: open its preparation, once. */
    public void batonArrived(String toForumId, String fromRegionCode, Origin origin) {
        act(series -> series.batonArrived(toForumId, fromRegionCode), origin);
    }

    public <R> R read(Function<Series, R> query) {
        return state.withState(query);
    }

    /** An act on the planned series. */
    private void act(Function<Series, List<SchedulingEvent>> decision, Origin origin) {
        act(decision, series -> series.seriesId()
                .orElseThrow(() -> new IllegalStateException("No series is planned yet")), origin);
    }

    /** Decides and publishes as one step under the state's lock. */
    private void act(Function<Series, List<SchedulingEvent>> decision, Function<Series, String> seriesId,
            Origin origin) {
        state.exclusively(() -> {
            events.publish(state.withState(seriesId), state.withState(decision), origin);
            return null;
        });
    }
}
