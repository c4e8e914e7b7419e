package kz.civicrelay.scheduling.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumCancelled;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumCompleted;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumConvened;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumPostponed;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumScheduled;
import kz.civicrelay.scheduling.domain.SchedulingEvent.PreparationOpened;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesCompleted;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesPlanned;

/**
 * The series as scheduling knows it: the plan, each forum's status and which resolutions are
 * adopted. Decisions return the events they lead to and change nothing; {@link #apply} folds events
 * in (the same fold on start, live, and in audit).
 */
public final class Series {

    private @Nullable String seriesId;
    private @Nullable Trilingual title;
    /** By forum id; a replay reads them in no particular order, so every read sorts them in plan order. */
    private final Map<String, PlannedForum> forums = new HashMap<>();
    private final Map<String, ForumStatus> status = new HashMap<>();
    private final Map<String, String> adoptedResolution = new HashMap<>();
    private boolean completed;

    // ---- decisions -------------------------------------------------------------------------

    /** Publishes a plan and opens preparation of its first forum. */
    public List<SchedulingEvent> plan(SeriesPlan plan) {
        if (seriesId != null && !completed) {
            throw new IllegalStateException("Series " + seriesId + " is still running; it must complete first");
        }
        if (plan.seriesId().equals(seriesId)) {
            throw new IllegalStateException("Series " + seriesId + " was already held");
        }
        List<SchedulingEvent> events = new ArrayList<>();
        events.add(new SeriesPlanned(plan.seriesId(), plan.title(),
                plan.forums().stream().map(PlannedForum::regionCode).toList(),
                plan.forums().stream().map(PlannedForum::forumId).toList()));
        plan.forums().forEach(forum -> events.add(new ForumScheduled(forum)));
        PlannedForum first = plan.forums().get(0);
        events.add(new PreparationOpened(first.forumId(), first.position(), first.regionCode(), null));
        return events;
    }

    public List<SchedulingEvent> convene(String forumId) {
        PlannedForum forum = forum(forumId);
        require(forumId, ForumStatus.CONVENED);
        return List.of(new ForumConvened(forumId, forum.position(), forum.regionCode()));
    }

    /** Completes a convened forum whose resolution is adopted; after the last forum, the series completes. */
    public List<SchedulingEvent> complete(String forumId) {
        PlannedForum forum = forum(forumId);
        require(forumId, ForumStatus.COMPLETED);
        String resolutionId = adoptedResolution.get(forumId);
        if (resolutionId == null) {
            throw new IllegalStateException("Forum " + forumId + " cannot complete before its resolution is adopted");
        }
        List<SchedulingEvent> events = new ArrayList<>();
        events.add(new ForumCompleted(forumId, forum.position(), forum.regionCode(), resolutionId));
        if (lastActiveForum().map(last -> last.forumId().equals(forumId)).orElse(false)) {
            long held = forums.keySet().stream().filter(id -> status.get(id) != ForumStatus.CANCELLED).count();
            events.add(new SeriesCompleted(seriesId().orElseThrow(), (int) held, forumId, forum.regionCode()));
        }
        return events;
    }

    public List<SchedulingEvent> postpone(String forumId, LocalDate start, LocalDate end, Trilingual reason) {
        PlannedForum forum = forum(forumId);
        ForumStatus current = status.get(forumId);
        if (current != ForumStatus.SCHEDULED && current != ForumStatus.PREPARATION_OPEN) {
            throw new IllegalStateException("Forum " + forumId + " is " + current + "; only a forum that has not "
                    + "convened can be postponed");
        }
        forum.withDates(start, end);
        return List.of(new ForumPostponed(forumId, start, end, reason));
    }

    /** Cancels a forum that does not hold the baton yet; the baton will pass over it. */
    public List<SchedulingEvent> cancel(String forumId, Trilingual reason) {
        forum(forumId);
        require(forumId, ForumStatus.CANCELLED);
        if (lastActiveForum().map(l -> l.forumId().equals(forumId)).orElse(false) && activeCount() == 1) {
            throw new IllegalStateException("Forum " + forumId + " is the only one left; the series cannot be emptied");
        }
        return List.of(new ForumCancelled(forumId, reason));
    }

    /** The baton reached a forum: its preparation opens, once. */
    public List<SchedulingEvent> batonArrived(String toForumId, String fromRegionCode) {
        PlannedForum forum = forum(toForumId);
        if (status.get(toForumId) != ForumStatus.SCHEDULED) {
            return List.of();
        }
        return List.of(new PreparationOpened(toForumId, forum.position(), forum.regionCode(), fromRegionCode));
    }

    // ---- fold --------------------------------------------------------------------------------

    public void apply(SchedulingEvent event) {
        if (event instanceof SeriesPlanned planned) {
            seriesId = planned.seriesId();
            title = planned.title();
            // The plan and its forums' events are written together, each forum to its own partition: a
            // replay may fold a forum before the plan. What belongs to the plan stays; the last series goes.
            forums.keySet().retainAll(planned.forumIds());
            status.keySet().retainAll(planned.forumIds());
            adoptedResolution.keySet().retainAll(planned.forumIds());
            completed = false;
        } else if (event instanceof ForumScheduled scheduled) {
            forums.put(scheduled.forumId(), scheduled.forum());
            status.put(scheduled.forumId(), ForumStatus.SCHEDULED);
        } else if (event instanceof PreparationOpened opened) {
            status.put(opened.forumId(), ForumStatus.PREPARATION_OPEN);
        } else if (event instanceof ForumConvened convened) {
            status.put(convened.forumId(), ForumStatus.CONVENED);
        } else if (event instanceof ForumCompleted done) {
            status.put(done.forumId(), ForumStatus.COMPLETED);
        } else if (event instanceof ForumPostponed postponed) {
            forums.computeIfPresent(postponed.forumId(),
                    (id, forum) -> forum.withDates(postponed.startDate(), postponed.endDate()));
        } else if (event instanceof ForumCancelled cancelled) {
            status.put(cancelled.forumId(), ForumStatus.CANCELLED);
        } else if (event instanceof SeriesCompleted) {
            completed = true;
        }
    }

    /** A resolution was adopted (resolution service): the forum may now complete. */
    public void resolutionAdopted(String forumId, String resolutionId) {
        adoptedResolution.put(forumId, resolutionId);
    }

    // ---- reads -------------------------------------------------------------------------------

    public Optional<String> seriesId() {
        return Optional.ofNullable(seriesId);
    }

    public Optional<Trilingual> title() {
        return Optional.ofNullable(title);
    }

    public boolean isCompleted() {
        return completed;
    }

    /** Every forum of the plan in the order the baton travels (by position), whatever order they were folded in. */
    public List<PlannedForum> forums() {
        return forums.values().stream().sorted(PlannedForum.IN_PLAN_ORDER).toList();
    }

    public ForumStatus statusOf(String forumId) {
        forum(forumId);
        return status.getOrDefault(forumId, ForumStatus.SCHEDULED);
    }

    public Optional<String> adoptedResolutionOf(String forumId) {
        return Optional.ofNullable(adoptedResolution.get(forumId));
    }

    public PlannedForum forum(String forumId) {
        PlannedForum forum = forums.get(forumId);
        if (forum == null) {
            throw new NoSuchElementException("No forum " + forumId + " in the current series");
        }
        return forum;
    }

    private void require(String forumId, ForumStatus target) {
        ForumStatus current = statusOf(forumId);
        if (!current.canBecome(target)) {
            throw new IllegalStateException("Forum " + forumId + " is " + current + " and cannot become " + target);
        }
    }

    private Optional<PlannedForum> lastActiveForum() {
        return forums.values().stream().filter(f -> status.get(f.forumId()) != ForumStatus.CANCELLED)
                .max(PlannedForum.IN_PLAN_ORDER);
    }

    private long activeCount() {
        return forums.keySet().stream().filter(id -> status.get(id) != ForumStatus.CANCELLED).count();
    }
}
