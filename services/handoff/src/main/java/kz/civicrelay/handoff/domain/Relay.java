package kz.civicrelay.handoff.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.handoff.domain.HandoffEvent.BatonPassed;
import kz.civicrelay.reference.Regions;

/**
 * The relay as handoff knows it: the plan of the current series, which forums got the baton, every
 * forum's handoff package as far as learned ({@link #learn(PackageFact)}), every
 * handoff, and the notifications to the regional teams. Decisions return events and change nothing;
 * {@link #learn} folds scheduling's facts and {@link #apply} handoff's own events (on start, live and
 * in audit alike). The baton only moves forward, so its holder is the furthest forum it has reached:
 * exactly one holder, whatever order a replay brings the events in.
 */
public final class Relay {

    private @Nullable String seriesId;
    private boolean completed;
    private final Set<String> pastSeries = new HashSet<>();
    private final Map<String, HostForum> forums = new HashMap<>();
    private final Set<String> cancelled = new HashSet<>();
    private final Map<String, HostForum> reached = new HashMap<>();
    /** Sorted by handoff number: a replay may read the handoffs in any order. */
    private final Map<Integer, BatonPass> handoffs = new TreeMap<>();
    private final Notices notices;
    private final Packages packages = new Packages();

    /** A relay whose baton notifications are due 48 hours after they are issued, unless a series says otherwise. */
    public Relay() {
        this(Duration.ofHours(48));
    }

    /** A relay whose baton notifications are due {@code defaultSla} after they are issued, unless a series says otherwise. */
    public Relay(Duration defaultSla) {
        this.notices = new Notices(defaultSla);
    }

    // ---- decisions -------------------------------------------------------------------------

    /** Forum {@code forumId} completed: its host passes the baton on, once, unless it was the last. */
    public List<HandoffEvent> forumCompleted(String completedSeriesId, String forumId) {
        if (pastSeries.contains(completedSeriesId)) {
            return List.of();
        }
        HostForum from = forum(forumId);
        if (hasPassedFrom(forumId)) {
            return List.of();
        }
        HostForum holder = holder().orElseThrow(() -> new IllegalStateException(
                "Forum " + forumId + " completed but no forum holds the baton yet"));
        if (!holder.forumId().equals(forumId)) {
            throw new IllegalStateException("Forum " + forumId + " completed but the baton is held by "
                    + holder.forumId());
        }
        return nextAfter(from).map(next -> pass(completedSeriesId, from, next)).orElse(List.of());
    }

    /**
     * A forum was cancelled. If the baton had already been passed to it (scheduling cancelled it while
     * the baton was on its way), the baton goes on from the same passing forum to the next forum held.
     */
    public List<HandoffEvent> forumCancelled(String cancelledSeriesId, String forumId) {
        if (!cancelledSeriesId.equals(seriesId) || hasPassedFrom(forumId)) {
            return List.of();
        }
        Optional<HostForum> holder = holder().filter(h -> h.forumId().equals(forumId) && cancelled.contains(forumId));
        Optional<BatonPass> into = handoffs.values().stream().filter(p -> p.toForumId().equals(forumId)).findFirst();
        if (holder.isEmpty() || into.isEmpty()) {
            return List.of();
        }
        HostForum from = forums.getOrDefault(into.get().fromForumId(),
                new HostForum(into.get().fromForumId(), into.get().fromRegionCode(), 0));
        return nextAfter(holder.get()).map(next -> pass(cancelledSeriesId, from, next)).orElse(List.of());
    }

    /** The series completed: every region is told, once. The last host keeps the baton. */
    public List<HandoffEvent> seriesCompleted(String completedSeriesId, String lastForumId, String lastRegionCode) {
        if (!Regions.isKnown(lastRegionCode)) {
            throw new IllegalArgumentException("Series " + completedSeriesId + " completed in unknown region "
                    + lastRegionCode);
        }
        return Announcements.ofCompletion(completedSeriesId, lastForumId, lastRegionCode).stream()
                .filter(n -> !notices.isIssued(n.notificationId())).<HandoffEvent>map(n -> n).toList();
    }

    public List<HandoffEvent> acknowledge(String notificationId, String regionCode, @Nullable String comment) {
        return notices.acknowledge(notificationId, regionCode, comment);
    }

    /**
     * As of {@code now}: a reminder to each receiving team that has not acknowledged the baton, at 50% and 75% of
     * its series' acknowledgement SLA, and the escalation of each baton left unacknowledged for the whole SLA;
     * each once, none after an acknowledgement.
     */
    public List<HandoffEvent> remindersAndEscalationsDue(Instant now) {
        return notices.due(now);
    }

    /**
     * Sets how long the receiving teams of series {@code forSeriesId} have to acknowledge the baton: from now on
     * reminders and escalations follow it (also for batons already passed). {@link NoSuchElementException} for
     * a series handoff does not know, {@link IllegalArgumentException} for an SLA not in (0, 30 days].
     */
    public List<HandoffEvent> setAcknowledgementSla(String forSeriesId, Duration sla) {
        if (!forSeriesId.equals(seriesId) && !pastSeries.contains(forSeriesId)) {
            throw new NoSuchElementException("No series " + forSeriesId);
        }
        return notices.setSla(forSeriesId, sla);
    }

    private List<HandoffEvent> pass(String seriesId, HostForum from, HostForum to) {
        List<HandoffEvent> events = new ArrayList<>();
        events.add(new BatonPassed(seriesId, handoffs.size() + 1, from.forumId(), from.regionCode(), to.forumId(),
                to.regionCode(), to.position(), packages.of(from.forumId(), to.forumId())));
        Announcements.ofHandoff(seriesId, from, to).stream()
                .filter(n -> !notices.isIssued(n.notificationId())).forEach(events::add);
        return events;
    }

    // ---- fold --------------------------------------------------------------------------------

    public void learn(SchedulingFact fact) {
        if (!enter(fact.seriesId())) {
            return;
        }
        if (fact instanceof SchedulingFact.SeriesPlanned planned) {
            for (int i = 0; i < planned.forumIds().size(); i++) {
                forums.putIfAbsent(planned.forumIds().get(i),
                        new HostForum(planned.forumIds().get(i), planned.hostOrder().get(i), i + 1));
            }
        } else if (fact instanceof SchedulingFact.ForumScheduled scheduled) {
            forums.put(scheduled.forumId(),
                    new HostForum(scheduled.forumId(), scheduled.regionCode(), scheduled.position()));
        } else if (fact instanceof SchedulingFact.ForumCancelled cancel) {
            cancelled.add(cancel.forumId());
        } else if (fact instanceof SchedulingFact.PreparationOpened opened) {
            HostForum forum = new HostForum(opened.forumId(), opened.regionCode(), opened.position());
            forums.putIfAbsent(opened.forumId(), forum);
            reached.put(opened.forumId(), forum);
        } else if (fact instanceof SchedulingFact.SeriesCompleted) {
            completed = true;
        }
    }

    /** A part of a forum's handoff package (kept across series: forum ids are never reused). */
    public void learn(PackageFact fact) {
        packages.learn(fact);
    }

    public void apply(HandoffEvent event, Instant occurredAt) {
        if (event instanceof BatonPassed e) {
            if (!enter(e.seriesId())) {
                return;
            }
            handoffs.putIfAbsent(e.handoffNumber(), new BatonPass(e.handoffNumber(), e.fromForumId(),
                    e.fromRegionCode(), e.toForumId(), e.toRegionCode(), e.toPosition(), occurredAt));
            reached.put(e.toForumId(), new HostForum(e.toForumId(), e.toRegionCode(), e.toPosition()));
        } else {
            notices.apply(event, occurredAt);
        }
    }

    /** False for a series that is over; a new series id starts a fresh plan (notifications are kept). */
    private boolean enter(String factSeriesId) {
        if (pastSeries.contains(factSeriesId)) {
            return false;
        }
        if (!factSeriesId.equals(seriesId)) {
            if (seriesId != null) {
                pastSeries.add(seriesId);
            }
            seriesId = factSeriesId;
            completed = false;
            forums.clear();
            cancelled.clear();
            reached.clear();
            handoffs.clear();
        }
        return true;
    }

    // ---- reads -------------------------------------------------------------------------------

    public Optional<String> seriesId() {
        return Optional.ofNullable(seriesId);
    }

    public boolean isCompleted() {
        return completed;
    }

    /** The forum whose host region holds the baton: the furthest the baton has reached. */
    public Optional<HostForum> holder() {
        return reached.values().stream().max(Comparator.comparingInt(HostForum::position));
    }

    /** Every handoff of the series by number, whatever order they were folded in. */
    public List<BatonPass> handoffs() {
        return List.copyOf(handoffs.values());
    }

    /** Every notification by time issued, then recipient region code ({@link Notification#IN_ISSUE_ORDER}). */
    public List<Notification> notifications() {
        return notices.all();
    }

    /** How long the receiving teams of the series have to acknowledge the baton. */
    public Duration acknowledgementSla(String ofSeriesId) {
        return notices.slaOf(ofSeriesId);
    }

    public Notification notification(String notificationId) {
        return notices.find(notificationId);
    }

    public HostForum forum(String forumId) {
        HostForum forum = forums.get(forumId);
        if (forum == null) {
            throw new NoSuchElementException("No forum " + forumId + " in the current series");
        }
        return forum;
    }

    private boolean hasPassedFrom(String forumId) {
        return handoffs.values().stream().anyMatch(p -> p.fromForumId().equals(forumId));
    }

    private Optional<HostForum> nextAfter(HostForum forum) {
        return forums.values().stream()
                .filter(f -> f.position() > forum.position() && !cancelled.contains(f.forumId()))
                .min(Comparator.comparingInt(HostForum::position));
    }
}
