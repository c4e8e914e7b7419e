package kz.civicrelay.scheduling.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumScheduled;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesPlanned;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesWide;

/**
 * Every series scheduling holds, each with its own plan and baton (decision 0017): several may run at once.
 * A decision is about one series, found by its id or by one of its forums' ids, and returns that series'
 * events; {@link #apply} folds an event into the series its envelope names.
 */
public final class Schedule {

    private final Map<String, Series> series = new HashMap<>();
    /** Which series each forum belongs to: forum ids are unique across series (they start with the series id). */
    private final Map<String, String> seriesOfForum = new HashMap<>();

    // ---- decisions -------------------------------------------------------------------------

    /** Publishes a new series' plan and opens its first forum; a series id used before is refused. */
    public List<SchedulingEvent> plan(SeriesPlan plan) {
        Series known = series.get(plan.seriesId());
        if (known != null && known.isPlanned()) {
            throw new IllegalStateException("Series " + plan.seriesId() + " was already planned; a new series needs "
                    + "a new id");
        }
        return Series.planned(plan);
    }

    public List<SchedulingEvent> convene(String forumId) {
        return seriesOf(forumId).convene(forumId);
    }

    public List<SchedulingEvent> complete(String forumId) {
        return seriesOf(forumId).complete(forumId);
    }

    public List<SchedulingEvent> postpone(String forumId, LocalDate start, LocalDate end, Trilingual reason) {
        return seriesOf(forumId).postpone(forumId, start, end, reason);
    }

    public List<SchedulingEvent> editPlan(String forumId, PlanEdit edit) {
        return seriesOf(forumId).editPlan(forumId, edit);
    }

    public List<SchedulingEvent> setProgramme(String forumId, List<ProposedSession> sessions) {
        return seriesOf(forumId).setProgramme(forumId, sessions);
    }

    public List<SchedulingEvent> cancel(String forumId, Trilingual reason) {
        return seriesOf(forumId).cancel(forumId, reason);
    }

    public List<SchedulingEvent> suspend(String seriesId, @Nullable Trilingual reason) {
        return series(seriesId).suspend(reason);
    }

    public List<SchedulingEvent> resume(String seriesId) {
        return series(seriesId).resume();
    }

    public List<SchedulingEvent> closeEarly(String seriesId, Trilingual reason) {
        return series(seriesId).closeEarly(reason);
    }

    /** The baton reached a forum of a series (handoff): its preparation opens, once, while the series runs. */
    public List<SchedulingEvent> batonArrived(String seriesId, String toForumId) {
        Series target = series.get(seriesId);
        return target == null || !target.isPlanned() ? List.of() : target.batonArrived(toForumId);
    }

    /** The series the events of one decision belong to. */
    public String seriesIdOf(List<SchedulingEvent> decided) {
        SchedulingEvent first = decided.get(0);
        if (first instanceof SeriesWide wide) {
            return wide.seriesId();
        }
        String forumId = first.forumId();
        String seriesId = forumId == null ? null : seriesOfForum.get(forumId);
        if (seriesId == null) {
            throw new IllegalStateException("No series holds forum " + forumId);
        }
        return seriesId;
    }

    // ---- fold --------------------------------------------------------------------------------

    /** Folds one of scheduling's events into the series {@code seriesId} (its envelope's). */
    public void apply(String seriesId, SchedulingEvent event) {
        if (event instanceof SeriesPlanned planned) {
            planned.forumIds().forEach(forumId -> seriesOfForum.put(forumId, seriesId));
        } else if (event instanceof ForumScheduled scheduled) {
            seriesOfForum.put(scheduled.forumId(), seriesId);
        }
        known(seriesId).apply(event);
    }

    /** A resolution was adopted for a forum of series {@code seriesId}: the forum may now complete. */
    public void resolutionAdopted(String seriesId, String forumId, String resolutionId) {
        known(seriesId).resolutionAdopted(forumId, resolutionId);
    }

    /** The baton was passed to a forum of series {@code seriesId}, from a region. */
    public void batonReached(String seriesId, String toForumId, String fromRegionCode) {
        known(seriesId).batonReached(toForumId, fromRegionCode);
    }

    private Series known(String seriesId) {
        return series.computeIfAbsent(seriesId, Series::new);
    }

    // ---- reads -------------------------------------------------------------------------------

    /** Every planned series, by series id. */
    public List<Series> all() {
        return series.values().stream().filter(Series::isPlanned).sorted(Comparator.comparing(Series::seriesId))
                .toList();
    }

    public Series series(String seriesId) {
        Series found = series.get(seriesId);
        if (found == null || !found.isPlanned()) {
            throw new NoSuchElementException("No series " + seriesId);
        }
        return found;
    }

    /** The series a forum belongs to; {@link NoSuchElementException} for a forum of none. */
    public Series seriesOf(String forumId) {
        String seriesId = seriesOfForum.get(forumId);
        if (seriesId == null) {
            throw new NoSuchElementException("No forum " + forumId);
        }
        return known(seriesId);
    }
}
