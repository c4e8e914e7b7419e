package kz.civicrelay.scheduling.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumCancelled;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumCompleted;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumConvened;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumPostponed;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumProgrammeSet;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumScheduled;
import kz.civicrelay.scheduling.domain.SchedulingEvent.PreparationOpened;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesClosedEarly;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesCompleted;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesPlanned;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesResumed;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesSuspended;

/**
 * One series as scheduling knows it: its plan, each forum's status, which resolutions are adopted, where the
 * baton arrived, and whether the series runs, is suspended or is over. Decisions return the events they lead to
 * and change nothing; {@link #apply} folds this series' events in (the same fold on start, live, and in audit).
 */
public final class Series {

    /** The longest reason a person may give for suspending or closing a series, in each language. */
    public static final int MAX_REASON = 500;

    private static final EnumSet<ForumStatus> REACHED = EnumSet.of(ForumStatus.PREPARATION_OPEN,
            ForumStatus.CONVENED, ForumStatus.COMPLETED);

    private final String seriesId;
    private @Nullable Trilingual title;
    /** By forum id; a replay reads them in no particular order, so every read sorts them in plan order. */
    private final Map<String, PlannedForum> forums = new HashMap<>();
    private final Map<String, ForumStatus> status = new HashMap<>();
    private final Map<String, String> adoptedResolution = new HashMap<>();
    /** The forums the baton was passed to (handoff), each with the region that passed it. */
    private final Map<String, String> batonFrom = new HashMap<>();
    /** Each forum's programme, sessions in time order; a forum without one has none here. */
    private final Map<String, List<ProgrammeSession>> programmes = new HashMap<>();
    /** Every session id each forum's programmes ever used: a new session never gets one of them. */
    private final Map<String, Set<String>> sessionIds = new HashMap<>();
    private SeriesStatus seriesStatus = SeriesStatus.RUNNING;
    private @Nullable Trilingual reason;

    public Series(String seriesId) {
        this.seriesId = seriesId;
    }

    // ---- decisions -------------------------------------------------------------------------

    /** A plan's events: the plan, every forum, and the opening of its first forum's preparation. */
    static List<SchedulingEvent> planned(SeriesPlan plan) {
        List<SchedulingEvent> events = new ArrayList<>();
        events.add(new SeriesPlanned(plan.seriesId(), plan.title(),
                plan.forums().stream().map(PlannedForum::regionCode).toList(),
                plan.forums().stream().map(PlannedForum::forumId).toList()));
        plan.forums().forEach(forum -> events.add(new ForumScheduled(forum)));
        plan.forums().forEach(forum -> {
            List<ProposedSession> programme = plan.programmes().get(forum.forumId());
            if (programme != null) {
                events.add(new ForumProgrammeSet(forum.forumId(), Programme.numbered(forum, programme, Set.of())));
            }
        });
        PlannedForum first = plan.forums().get(0);
        events.add(new PreparationOpened(first.forumId(), first.position(), first.regionCode(), null));
        return events;
    }

    public List<SchedulingEvent> convene(String forumId) {
        PlannedForum forum = forum(forumId);
        requireRunning("convene " + forumId);
        require(forumId, ForumStatus.CONVENED);
        return List.of(new ForumConvened(forumId, forum.position(), forum.regionCode()));
    }

    /** Completes a convened forum whose resolution is adopted; after the last forum, the series completes. */
    public List<SchedulingEvent> complete(String forumId) {
        PlannedForum forum = forum(forumId);
        requireRunning("complete " + forumId);
        require(forumId, ForumStatus.COMPLETED);
        String resolutionId = adoptedResolution.get(forumId);
        if (resolutionId == null) {
            throw new IllegalStateException("Forum " + forumId + " cannot complete before its resolution is adopted");
        }
        List<SchedulingEvent> events = new ArrayList<>();
        events.add(new ForumCompleted(forumId, forum.position(), forum.regionCode(), resolutionId));
        if (lastActiveForum().map(last -> last.forumId().equals(forumId)).orElse(false)) {
            events.add(new SeriesCompleted(seriesId, (int) activeCount(), forumId, forum.regionCode()));
        }
        return events;
    }

    public List<SchedulingEvent> postpone(String forumId, LocalDate start, LocalDate end, Trilingual why) {
        PlannedForum forum = forum(forumId);
        requireNotOver("postpone " + forumId);
        ForumStatus current = statusOf(forumId);
        if (current != ForumStatus.SCHEDULED && current != ForumStatus.PREPARATION_OPEN) {
            throw new IllegalStateException("Forum " + forumId + " is " + current + "; only a forum that has not "
                    + "convened can be postponed");
        }
        PlannedForum moved = forum.withDates(start, end);
        String misfit = Programme.misfit(moved, shifted(programme(forumId), forum.startDate(), start));
        if (misfit != null) {
            throw new IllegalStateException(misfit + " once postponed; change the programme first");
        }
        return List.of(new ForumPostponed(forumId, start, end, why));
    }

    /**
     * Edits the plan of a forum the baton has not reached (venue, theme, dates, capacity, quota…): the forum is
     * announced again, whole, as it now stands. Refused once the baton reached it, or if its programme no longer fits.
     */
    public List<SchedulingEvent> editPlan(String forumId, PlanEdit edit) {
        PlannedForum forum = forum(forumId);
        requireEditable(forumId, "edit the plan of");
        PlannedForum edited = forum.edited(edit);
        String misfit = Programme.misfit(edited, programme(forumId));
        if (misfit != null) {
            throw new IllegalStateException(misfit + " after the edit; change the programme first");
        }
        return List.of(new ForumScheduled(edited));
    }

    /**
     * Sets a forum's whole programme, before the baton reaches the forum: sessions that keep their ids stay the
     * same sessions; sessions without one are new and numbered after every id the forum ever used.
     */
    public List<SchedulingEvent> setProgramme(String forumId, List<ProposedSession> proposed) {
        PlannedForum forum = forum(forumId);
        requireEditable(forumId, "set the programme of");
        return List.of(new ForumProgrammeSet(forumId,
                Programme.numbered(forum, proposed, sessionIds.getOrDefault(forumId, Set.of()))));
    }

    /** Cancels a forum that does not hold the baton yet; the baton will pass over it. */
    public List<SchedulingEvent> cancel(String forumId, Trilingual why) {
        forum(forumId);
        requireNotOver("cancel " + forumId);
        require(forumId, ForumStatus.CANCELLED);
        if (activeCount() == 1) {
            throw new IllegalStateException("Forum " + forumId + " is the only one left; the series cannot be emptied");
        }
        return List.of(new ForumCancelled(forumId, why));
    }

    /** The baton reached a forum: its preparation opens, once, while the series runs (else when it resumes). */
    public List<SchedulingEvent> batonArrived(String toForumId) {
        PlannedForum forum = forum(toForumId);
        if (seriesStatus != SeriesStatus.RUNNING || statusOf(toForumId) != ForumStatus.SCHEDULED) {
            return List.of();
        }
        return List.of(new PreparationOpened(toForumId, forum.position(), forum.regionCode(), batonFrom.get(toForumId)));
    }

    /** The baton stops where it is: no forum convenes, completes or opens its preparation until resumed. */
    public List<SchedulingEvent> suspend(@Nullable Trilingual why) {
        if (why != null) {
            requireReason(why);
        }
        requireCanBecome(SeriesStatus.SUSPENDED, "be suspended");
        return List.of(new SeriesSuspended(seriesId, why));
    }

    /** The baton moves again; a forum it reached while the series was suspended opens its preparation now. */
    public List<SchedulingEvent> resume() {
        if (seriesStatus != SeriesStatus.SUSPENDED) {
            throw new IllegalStateException("Series " + seriesId + " is " + describe() + "; only a suspended series "
                    + "can be resumed");
        }
        List<SchedulingEvent> events = new ArrayList<>();
        events.add(new SeriesResumed(seriesId));
        forums().stream().filter(f -> batonFrom.containsKey(f.forumId()) && statusOf(f.forumId()) == ForumStatus.SCHEDULED)
                .forEach(f -> events.add(new PreparationOpened(f.forumId(), f.position(), f.regionCode(),
                        batonFrom.get(f.forumId()))));
        return events;
    }

    /** The series ends before its last forum, for the reason given: nothing of it changes any more. */
    public List<SchedulingEvent> closeEarly(Trilingual why) {
        requireReason(why);
        requireCanBecome(SeriesStatus.CLOSED_EARLY, "be closed early");
        int completed = (int) status.values().stream().filter(s -> s == ForumStatus.COMPLETED).count();
        return List.of(new SeriesClosedEarly(seriesId, why, completed, batonHolder().orElse(null)));
    }

    // ---- fold --------------------------------------------------------------------------------

    public void apply(SchedulingEvent event) {
        if (event instanceof SeriesPlanned planned) {
            title = planned.title();
        } else if (event instanceof ForumScheduled scheduled) {
            forums.put(scheduled.forumId(), scheduled.forum());
            status.putIfAbsent(scheduled.forumId(), ForumStatus.SCHEDULED);
        } else if (event instanceof PreparationOpened opened) {
            status.put(opened.forumId(), ForumStatus.PREPARATION_OPEN);
        } else if (event instanceof ForumConvened convened) {
            status.put(convened.forumId(), ForumStatus.CONVENED);
        } else if (event instanceof ForumCompleted done) {
            status.put(done.forumId(), ForumStatus.COMPLETED);
        } else if (event instanceof ForumPostponed postponed) {
            PlannedForum forum = forums.get(postponed.forumId());
            if (forum != null) {
                programmes.computeIfPresent(postponed.forumId(),
                        (id, sessions) -> shifted(sessions, forum.startDate(), postponed.startDate()));
                forums.put(postponed.forumId(), forum.withDates(postponed.startDate(), postponed.endDate()));
            }
        } else if (event instanceof ForumProgrammeSet set) {
            programmes.put(set.forumId(), set.sessions());
            set.sessions().forEach(session -> sessionIds.computeIfAbsent(set.forumId(), id -> new HashSet<>())
                    .add(session.sessionId()));
        } else if (event instanceof ForumCancelled cancelled) {
            status.put(cancelled.forumId(), ForumStatus.CANCELLED);
        } else {
            applySeriesWide(event);
        }
    }

    private void applySeriesWide(SchedulingEvent event) {
        if (event instanceof SeriesSuspended suspended) {
            seriesStatus = SeriesStatus.SUSPENDED;
            reason = suspended.reason();
        } else if (event instanceof SeriesResumed) {
            seriesStatus = SeriesStatus.RUNNING;
            reason = null;
        } else if (event instanceof SeriesClosedEarly closed) {
            seriesStatus = SeriesStatus.CLOSED_EARLY;
            reason = closed.reason();
        } else if (event instanceof SeriesCompleted) {
            seriesStatus = SeriesStatus.COMPLETED;
        }
    }

    /** A resolution was adopted (resolution service): the forum may now complete. */
    public void resolutionAdopted(String forumId, String resolutionId) {
        adoptedResolution.put(forumId, resolutionId);
    }

    /** The baton was passed to a forum (handoff), from a region. */
    public void batonReached(String toForumId, String fromRegionCode) {
        batonFrom.put(toForumId, fromRegionCode);
    }

    // ---- reads -------------------------------------------------------------------------------

    public String seriesId() {
        return seriesId;
    }

    /** Known once the plan itself is folded (a replay may bring its forums first). */
    public Optional<Trilingual> title() {
        return Optional.ofNullable(title);
    }

    public boolean isPlanned() {
        return title != null;
    }

    public SeriesStatus status() {
        return seriesStatus;
    }

    public boolean isCompleted() {
        return seriesStatus == SeriesStatus.COMPLETED;
    }

    /** Why the series is suspended or was closed early, if a reason was given; empty otherwise. */
    public Optional<Trilingual> reason() {
        return Optional.ofNullable(reason);
    }

    /** Every forum of the plan in the order the baton travels (by position), whatever order they were folded in. */
    public List<PlannedForum> forums() {
        return forums.values().stream().sorted(PlannedForum.IN_PLAN_ORDER).toList();
    }

    public ForumStatus statusOf(String forumId) {
        forum(forumId);
        return status.getOrDefault(forumId, ForumStatus.SCHEDULED);
    }

    /** The forum's programme, sessions in time order; empty while none is set. */
    public List<ProgrammeSession> programme(String forumId) {
        forum(forumId);
        return programmes.getOrDefault(forumId, List.of());
    }

    /** Whether the plan of a forum may still change: the baton has not reached it, and neither it nor the series is over. */
    public boolean isEditable(String forumId) {
        return statusOf(forumId) == ForumStatus.SCHEDULED && !batonFrom.containsKey(forumId)
                && !seriesStatus.isOver();
    }

    public Optional<String> adoptedResolutionOf(String forumId) {
        return Optional.ofNullable(adoptedResolution.get(forumId));
    }

    /** The furthest forum whose preparation opened: its host holds the baton. */
    public Optional<String> batonHolder() {
        return forums.values().stream().filter(f -> REACHED.contains(statusOf(f.forumId())))
                .max(Comparator.comparingInt(PlannedForum::position)).map(PlannedForum::forumId);
    }

    public PlannedForum forum(String forumId) {
        PlannedForum forum = forums.get(forumId);
        if (forum == null) {
            throw new NoSuchElementException("No forum " + forumId + " in series " + seriesId);
        }
        return forum;
    }

    // ---- rules -------------------------------------------------------------------------------

    private void require(String forumId, ForumStatus target) {
        ForumStatus current = statusOf(forumId);
        if (!current.canBecome(target)) {
            throw new IllegalStateException("Forum " + forumId + " is " + current + " and cannot become " + target);
        }
    }

    private void requireEditable(String forumId, String act) {
        if (!isEditable(forumId)) {
            String why = seriesStatus.isOver() ? "series " + seriesId + " is " + describe()
                    : batonFrom.containsKey(forumId) && statusOf(forumId) == ForumStatus.SCHEDULED
                            ? "the baton has reached it" : "it is " + statusOf(forumId);
            throw new IllegalStateException("Cannot " + act + " forum " + forumId + ": " + why + "; only a forum the "
                    + "baton has not reached can be changed");
        }
    }

    private static List<ProgrammeSession> shifted(List<ProgrammeSession> sessions, LocalDate from, LocalDate to) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        return sessions.stream().map(session -> session.shiftedBy(days)).toList();
    }

    private void requireRunning(String act) {
        if (seriesStatus != SeriesStatus.RUNNING) {
            throw new IllegalStateException("Series " + seriesId + " is " + describe() + "; cannot " + act);
        }
    }

    private void requireNotOver(String act) {
        if (seriesStatus.isOver()) {
            throw new IllegalStateException("Series " + seriesId + " is " + describe() + "; cannot " + act);
        }
    }

    private void requireCanBecome(SeriesStatus target, String act) {
        if (!seriesStatus.canBecome(target)) {
            throw new IllegalStateException("Series " + seriesId + " is " + describe() + " and cannot " + act);
        }
    }

    private static void requireReason(Trilingual why) {
        for (String text : List.of(why.kk(), why.ru(), why.en())) {
            if (text.length() > MAX_REASON) {
                throw new IllegalArgumentException("A reason must be at most " + MAX_REASON + " characters in each "
                        + "language; one has " + text.length());
            }
        }
    }

    private String describe() {
        return switch (seriesStatus) {
            case RUNNING -> "running";
            case SUSPENDED -> "suspended";
            case COMPLETED -> "completed";
            case CLOSED_EARLY -> "closed early";
        };
    }

    private Optional<PlannedForum> lastActiveForum() {
        return forums.values().stream().filter(f -> status.get(f.forumId()) != ForumStatus.CANCELLED)
                .max(PlannedForum.IN_PLAN_ORDER);
    }

    private long activeCount() {
        return forums.keySet().stream().filter(id -> status.get(id) != ForumStatus.CANCELLED).count();
    }
}
