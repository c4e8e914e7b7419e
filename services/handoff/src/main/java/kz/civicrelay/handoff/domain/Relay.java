package kz.civicrelay.handoff.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.handoff.domain.HandoffEvent.BatonPassed;
import kz.civicrelay.reference.Regions;

/**
 * The relay as handoff knows it: every series, each with its own baton ({@link SeriesBaton}: plan, forums reached,
 * handoffs, suspended or closed), every forum's handoff package as far as learned ({@link #learn(PackageFact)}),
 * and the notifications to the regional teams. Decisions return events and change nothing; {@link #learn} folds
 * scheduling's facts and {@link #apply} handoff's own events (on start, live and in audit alike). The baton only
 * moves forward, so its holder is the furthest forum it has reached: exactly one holder per series, whatever order
 * a replay brings the events in. A suspended or closed series' baton does not move (decision 0017).
 */
public final class Relay {

    private final Map<String, SeriesBaton> series = new HashMap<>();
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

    /**
     * Forum {@code forumId} completed: its host passes the baton on, once, unless it was the last or the series is
     * suspended (then on resuming) or closed.
     */
    public List<HandoffEvent> forumCompleted(String completedSeriesId, String forumId) {
        SeriesBaton baton = series.get(completedSeriesId);
        if (baton == null) {
            throw new NoSuchElementException("No forum " + forumId + " in series " + completedSeriesId);
        }
        return moves(completedSeriesId, baton.onCompleted(forumId));
    }

    /**
     * A forum was cancelled. If the baton had already been passed to it (scheduling cancelled it while
     * the baton was on its way), the baton goes on from the same passing forum to the next forum held.
     */
    public List<HandoffEvent> forumCancelled(String cancelledSeriesId, String forumId) {
        SeriesBaton baton = series.get(cancelledSeriesId);
        return baton == null ? List.of() : moves(cancelledSeriesId, baton.onCancelled(forumId));
    }

    /** A suspended series resumed: a pass that fell due meanwhile (its holder completed) is made now. */
    public List<HandoffEvent> seriesResumed(String resumedSeriesId) {
        SeriesBaton baton = series.get(resumedSeriesId);
        return baton == null || baton.isStopped() ? List.of() : moves(resumedSeriesId, baton.onResumed());
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
        if (!series.containsKey(forSeriesId)) {
            throw new NoSuchElementException("No series " + forSeriesId);
        }
        return notices.setSla(forSeriesId, sla);
    }

    private List<HandoffEvent> moves(String seriesId, Optional<SeriesBaton.Move> move) {
        return move.map(m -> pass(seriesId, m.from(), m.to())).orElse(List.of());
    }

    private List<HandoffEvent> pass(String seriesId, HostForum from, HostForum to) {
        List<HandoffEvent> events = new ArrayList<>();
        events.add(new BatonPassed(seriesId, baton(seriesId).handoffs().size() + 1, from.forumId(), from.regionCode(),
                to.forumId(), to.regionCode(), to.position(),
                packages.of(from.forumId(), to.forumId(), baton(seriesId).forumsThrough(from.forumId()))));
        Announcements.ofHandoff(seriesId, from, to).stream()
                .filter(n -> !notices.isIssued(n.notificationId())).forEach(events::add);
        return events;
    }

    // ---- fold --------------------------------------------------------------------------------

    public void learn(SchedulingFact fact) {
        known(fact.seriesId()).learn(fact);
    }

    /** A part of a forum's handoff package (kept across series: forum ids are never reused). */
    public void learn(PackageFact fact) {
        packages.learn(fact);
    }

    public void apply(HandoffEvent event, Instant occurredAt) {
        if (event instanceof BatonPassed e) {
            known(e.seriesId()).passed(new BatonPass(e.handoffNumber(), e.fromForumId(), e.fromRegionCode(),
                    e.toForumId(), e.toRegionCode(), e.toPosition(), occurredAt));
        } else {
            notices.apply(event, occurredAt);
        }
    }

    private SeriesBaton known(String seriesId) {
        return series.computeIfAbsent(seriesId, SeriesBaton::new);
    }

    // ---- reads -------------------------------------------------------------------------------

    /** Every series handoff knows, newest first (by when it was planned, then by id). */
    public List<String> seriesIds() {
        return series.values().stream().sorted(NEWEST_FIRST).map(SeriesBaton::seriesId).toList();
    }

    /** The newest series: what the baton's page shows when no series is named. */
    public Optional<String> seriesId() {
        return series.values().stream().sorted(NEWEST_FIRST).map(SeriesBaton::seriesId).findFirst();
    }

    /** Whether series {@code ofSeriesId} completed; {@link NoSuchElementException} for one handoff does not know. */
    public boolean isCompleted(String ofSeriesId) {
        return baton(ofSeriesId).isCompleted();
    }

    public boolean isSuspended(String ofSeriesId) {
        return baton(ofSeriesId).isSuspended();
    }

    public boolean isClosed(String ofSeriesId) {
        return baton(ofSeriesId).isClosed();
    }

    /** The forum of series {@code ofSeriesId} whose host region holds its baton: the furthest the baton reached. */
    public Optional<HostForum> holder(String ofSeriesId) {
        return baton(ofSeriesId).holder();
    }

    /** Every handoff of series {@code ofSeriesId} by number, whatever order they were folded in. */
    public List<BatonPass> handoffs(String ofSeriesId) {
        return baton(ofSeriesId).handoffs();
    }

    /** Whether the newest series completed. */
    public boolean isCompleted() {
        return seriesId().map(this::isCompleted).orElse(false);
    }

    /** The holder of the newest series' baton. */
    public Optional<HostForum> holder() {
        return seriesId().flatMap(this::holder);
    }

    /** Every handoff of the newest series by number. */
    public List<BatonPass> handoffs() {
        return seriesId().map(this::handoffs).orElse(List.of());
    }

    /**
     * The open recommendations a baton passed from {@code throughForumId} would carry now: those of that forum and
     * the earlier forums of series {@code ofSeriesId}, in the series' order (at most what fits in a package).
     */
    public List<HandoffPackage.OpenRecommendation> openRecommendations(String ofSeriesId, String throughForumId) {
        return packages.open(baton(ofSeriesId).forumsThrough(throughForumId)).listed();
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

    private SeriesBaton baton(String seriesId) {
        SeriesBaton baton = series.get(seriesId);
        if (baton == null) {
            throw new NoSuchElementException("No series " + seriesId);
        }
        return baton;
    }

    private static final Comparator<SeriesBaton> NEWEST_FIRST = Comparator.comparing(SeriesBaton::plannedAt)
            .thenComparing(SeriesBaton::seriesId).reversed();
}
