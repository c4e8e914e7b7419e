package kz.civicrelay.handoff.domain;

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

/**
 * The baton of one series: its plan, which forums the baton reached, completed and cancelled, its handoffs, and
 * whether the series is suspended or over. It decides where the baton moves, never while the series is suspended
 * or closed; a move due meanwhile is made when the series resumes ({@link #onResumed}).
 */
final class SeriesBaton {

    /** The baton moves from one forum's host to the next forum's. */
    record Move(HostForum from, HostForum to) {
    }

    private final String seriesId;
    private Instant plannedAt = Instant.EPOCH;
    private final Map<String, HostForum> forums = new HashMap<>();
    private final Set<String> cancelled = new HashSet<>();
    private final Set<String> completedForums = new HashSet<>();
    private final Map<String, HostForum> reached = new HashMap<>();
    /** Sorted by handoff number: a replay may read the handoffs in any order. */
    private final Map<Integer, BatonPass> handoffs = new TreeMap<>();
    private boolean completed;
    private boolean suspended;
    private boolean closed;

    SeriesBaton(String seriesId) {
        this.seriesId = seriesId;
    }

    // ---- decisions -------------------------------------------------------------------------

    /** Where a completed forum's host passes the baton: to the next forum held; none once passed, or if it was last. */
    Optional<Move> onCompleted(String forumId) {
        HostForum from = forum(forumId);
        if (isStopped() || hasPassedFrom(forumId)) {
            return Optional.empty();
        }
        HostForum holder = holder().orElseThrow(() -> new IllegalStateException(
                "Forum " + forumId + " completed but no forum holds the baton yet"));
        if (!holder.forumId().equals(forumId)) {
            throw new IllegalStateException("Forum " + forumId + " completed but the baton is held by "
                    + holder.forumId());
        }
        return nextAfter(from).map(next -> new Move(from, next));
    }

    /** A cancelled forum the baton was on its way to: the baton goes on from the same passing forum. */
    Optional<Move> onCancelled(String forumId) {
        if (isStopped() || hasPassedFrom(forumId)) {
            return Optional.empty();
        }
        Optional<HostForum> holder = holder().filter(h -> h.forumId().equals(forumId) && cancelled.contains(forumId));
        Optional<BatonPass> into = handoffs.values().stream().filter(p -> p.toForumId().equals(forumId)).findFirst();
        if (holder.isEmpty() || into.isEmpty()) {
            return Optional.empty();
        }
        HostForum from = forums.getOrDefault(into.get().fromForumId(),
                new HostForum(into.get().fromForumId(), into.get().fromRegionCode(), 0));
        return nextAfter(holder.get()).map(next -> new Move(from, next));
    }

    /** The move that fell due while the series was suspended: its holder completed or was cancelled meanwhile. */
    Optional<Move> onResumed() {
        Optional<HostForum> holder = holder();
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        String holderId = holder.get().forumId();
        return completedForums.contains(holderId) ? onCompleted(holderId) : onCancelled(holderId);
    }

    // ---- fold --------------------------------------------------------------------------------

    void learn(SchedulingFact fact) {
        if (fact instanceof SchedulingFact.SeriesPlanned planned) {
            plannedAt = planned.plannedAt();
            for (int i = 0; i < planned.forumIds().size(); i++) {
                forums.putIfAbsent(planned.forumIds().get(i),
                        new HostForum(planned.forumIds().get(i), planned.hostOrder().get(i), i + 1));
            }
        } else if (fact instanceof SchedulingFact.ForumScheduled scheduled) {
            forums.put(scheduled.forumId(), new HostForum(scheduled.forumId(), scheduled.regionCode(),
                    scheduled.position()));
        } else if (fact instanceof SchedulingFact.ForumCancelled cancel) {
            cancelled.add(cancel.forumId());
        } else if (fact instanceof SchedulingFact.PreparationOpened opened) {
            HostForum forum = new HostForum(opened.forumId(), opened.regionCode(), opened.position());
            forums.putIfAbsent(opened.forumId(), forum);
            reached.put(opened.forumId(), forum);
        } else {
            learnProgress(fact);
        }
    }

    private void learnProgress(SchedulingFact fact) {
        if (fact instanceof SchedulingFact.ForumCompleted done) {
            completedForums.add(done.forumId());
        } else if (fact instanceof SchedulingFact.SeriesCompleted) {
            completed = true;
        } else if (fact instanceof SchedulingFact.SeriesSuspended) {
            suspended = true;
        } else if (fact instanceof SchedulingFact.SeriesResumed) {
            suspended = false;
        } else if (fact instanceof SchedulingFact.SeriesClosedEarly) {
            closed = true;
        }
    }

    void passed(BatonPass pass) {
        handoffs.putIfAbsent(pass.handoffNumber(), pass);
        reached.put(pass.toForumId(), new HostForum(pass.toForumId(), pass.toRegionCode(), pass.toPosition()));
    }

    // ---- reads -------------------------------------------------------------------------------

    String seriesId() {
        return seriesId;
    }

    Instant plannedAt() {
        return plannedAt;
    }

    boolean isCompleted() {
        return completed;
    }

    boolean isSuspended() {
        return suspended;
    }

    boolean isClosed() {
        return closed;
    }

    /** The baton does not move: the series is suspended or closed early. */
    boolean isStopped() {
        return suspended || closed;
    }

    /** The forum whose host region holds the baton: the furthest the baton has reached. */
    Optional<HostForum> holder() {
        return reached.values().stream().max(Comparator.comparingInt(HostForum::position));
    }

    List<BatonPass> handoffs() {
        return List.copyOf(handoffs.values());
    }

    HostForum forum(String forumId) {
        HostForum forum = forums.get(forumId);
        if (forum == null) {
            throw new NoSuchElementException("No forum " + forumId + " in series " + seriesId);
        }
        return forum;
    }

    /**
     * The series' forums up to and including {@code forumId}, in the series' order (cancelled ones too: a forum
     * cancelled after adopting keeps its open recommendations).
     */
    List<String> forumsThrough(String forumId) {
        HostForum last = forums.get(forumId);
        List<String> through = new ArrayList<>(forums.values().stream()
                .filter(f -> last != null && f.position() < last.position() && !f.forumId().equals(forumId))
                .sorted(Comparator.comparingInt(HostForum::position)).map(HostForum::forumId).toList());
        through.add(forumId);
        return through;
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
