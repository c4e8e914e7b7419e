package kz.civicrelay.console.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.SeriesClosedEarly;
import kz.civicrelay.events.SeriesCompleted;
import kz.civicrelay.events.SeriesPlanned;
import kz.civicrelay.events.SeriesResumed;
import kz.civicrelay.events.SeriesSuspended;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.console.history.EventIndex;
import kz.civicrelay.console.history.IndexedEvent;
import kz.civicrelay.console.history.Position;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.reference.Regions;
import kz.civicrelay.reference.Trilingual;

/**
 * The console's picture of the relay, folded from every committed event of the relay topics: each
 * series with its track of forums and the baton, each forum's state, each handoff's deliveries, each resolution.
 * Each event is filed in the {@link EventIndex} (the history pages through it and reads timelines and audits back
 * from the log), and folded once, by event id, however often it is read. Every list it gives
 * has a defined order, the same whatever order the log was read in (see each method).
 */
public final class RelayBoard {

    /** The relay track: by position in the plan, then by forum id (a forum not scheduled yet is at 0). */
    private static final Comparator<ForumView> IN_PLAN_ORDER = Comparator.comparingInt(ForumView::position)
            .thenComparing(ForumView::forumId);

    private final EventIndex index;
    private final Map<String, SeriesState> series = new HashMap<>();
    private final Map<String, ForumState> forums = new HashMap<>();
    private final List<EventEntry> deadLetters = new ArrayList<>();
    private final HandoffDeliveries deliveries = new HandoffDeliveries();
    private final Resolutions resolutions = new Resolutions();

    /** A board that files each event it folds in its own index. */
    public RelayBoard() {
        this(new EventIndex());
    }

    /** A board that files each event it folds in {@code index}, which dedupes them and pages through them. */
    public RelayBoard(EventIndex index) {
        this.index = index;
    }

    /** Folds one event; the entry to show, or empty when this event was already folded. */
    public Optional<EventEntry> apply(String topic, int partition, long offset, SpecificRecord event) {
        return folded(topic, partition, offset, event).map(Folded::entry);
    }

    /** Folds one event; the entry to show with its row in the index, or empty when this event was already folded. */
    public synchronized Optional<Folded> folded(String topic, int partition, long offset, SpecificRecord event) {
        int row = index.add(IndexedEvent.of(new Position(topic, partition, offset), event));
        if (row < 0) {
            return Optional.empty();
        }
        EventEntry entry = EventEntry.of(topic, partition, offset, event);
        Optional<Folded> folded = Optional.of(new Folded(row, entry));
        if (topic.equals(RelayTopic.SUBSCRIPTIONS.topicName())) {
            // A team's subscription belongs to no series: shown in the stream, folded into none.
            return folded;
        }
        deliveries.apply(event, entry.occurredAt());
        resolutions.apply(topic, event, entry);
        String seriesId = Envelopes.of(event).getSeriesId();
        SeriesState state = series.computeIfAbsent(seriesId, SeriesState::new);
        state.seen(Instant.parse(entry.occurredAt()));
        String forumId = entry.forumId();
        if (forumId != null) {
            forums.computeIfAbsent(forumId, id -> new ForumState(id, seriesId)).apply(event, entry);
        }
        if (event instanceof SeriesPlanned planned) {
            state.title = ForumState.text(planned.getTitle());
            state.forumIds.clear();
            state.forumIds.addAll(planned.getForumIds());
        } else if (event instanceof ForumPreparationOpened opened
                && (state.firstOpened == null || opened.getPosition() < state.firstOpenedPosition)) {
            state.firstOpened = entry.forumId();
            state.firstOpenedPosition = opened.getPosition();
        } else if (event instanceof BatonPassed baton) {
            state.handoffs.put(baton.getHandoffNumber(), new SeriesView.Handoff(baton.getHandoffNumber(),
                    baton.getFromForumId(), baton.getFromRegionCode(), region(baton.getFromRegionCode()),
                    baton.getToForumId(), baton.getToRegionCode(), region(baton.getToRegionCode()), entry.occurredAt()));
        } else if (event instanceof SeriesCompleted) {
            state.completed = true;
        } else {
            state.lifecycle(event);
        }
        return folded;
    }

    /** An event folded: its row in the index and its entry. */
    public record Folded(int row, EventEntry entry) {
    }

    /** Each forum's resolution, its revisions and the follow-up of what was adopted (thread-safe on its own). */
    public Resolutions resolutions() {
        return resolutions;
    }

    /** Notes a record set aside on a dead-letter topic; empty when it was already noted. */
    public Optional<EventEntry> deadLetter(EventEntry entry) {
        return foldedDeadLetter(entry).map(Folded::entry);
    }

    /** Notes a record set aside on a dead-letter topic; it with its row in the index, or empty when already noted. */
    public synchronized Optional<Folded> foldedDeadLetter(EventEntry entry) {
        int row = index.add(IndexedEvent.deadLetter(new Position(entry.topic(), entry.partition(), entry.offset()),
                Instant.parse(entry.occurredAt()).toEpochMilli(), entry.actorId()));
        if (row < 0) {
            return Optional.empty();
        }
        deadLetters.add(entry);
        return Optional.of(new Folded(row, entry));
    }

    /**
     * Every record on the dead-letter topics, by the time it was set aside, then topic, partition and
     * offset ({@link EventEntry#CHRONOLOGICAL}).
     */
    public synchronized List<EventEntry> deadLetters() {
        return deadLetters.stream().sorted(EventEntry.CHRONOLOGICAL).toList();
    }

    /**
     * How many records each dead-letter topic holds, as read: every relay topic's {@code .DLT}, in the
     * order of the relay topics, 0 when nothing was set aside there.
     */
    public synchronized Map<String, Integer> deadLetterCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RelayTopic topic : RelayTopic.values()) {
            counts.put(topic.deadLetterTopicName(), 0);
        }
        for (EventEntry entry : deadLetters) {
            counts.merge(entry.topic(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Every series, without forum timelines: by the time of its first event (its plan), then by series id,
     * whatever order the log was read in.
     */
    public synchronized List<SeriesView> series() {
        return series.values().stream().sorted(SeriesState.BY_FIRST_EVENT).map(this::view).toList();
    }

    public synchronized Optional<SeriesView> series(String seriesId) {
        return Optional.ofNullable(series.get(seriesId)).map(this::view);
    }

    /** The forum, without its timeline (the history has it: {@code History#timeline}). */
    public synchronized Optional<ForumView> forum(String forumId) {
        return Optional.ofNullable(forums.get(forumId)).map(f -> f.view(holdsBaton(f)));
    }

    /**
     * What became of each handoff's notifications in the series (by handoff number; regions by code): deliveries
     * by channel, acknowledgements, reminders, escalations. Empty for a series the console does not know.
     */
    public synchronized Optional<List<HandoffDeliveryView>> deliveries(String seriesId) {
        return series.containsKey(seriesId) ? Optional.of(deliveries.of(seriesId)) : Optional.empty();
    }

    /**
     * The newest notifications to a region's team (every region's for null), newest first, at most {@code limit}:
     * what a team reads and acknowledges in the console.
     */
    public synchronized List<InboxEntry> inbox(@Nullable String regionCode, int limit) {
        return deliveries.inbox(regionCode, limit);
    }

    private SeriesView view(SeriesState state) {
        String holder = state.batonHolder();
        List<ForumView> track = new ArrayList<>();
        for (String forumId : state.forumIds) {
            ForumState forum = forums.get(forumId);
            if (forum != null) {
                track.add(forum.view(forumId.equals(holder)));
            }
        }
        track.sort(IN_PLAN_ORDER);
        return new SeriesView(state.seriesId, state.title, state.status(), state.reason, state.completed, holder, track,
                List.copyOf(state.handoffs.values()));
    }

    private boolean holdsBaton(ForumState forum) {
        SeriesState state = series.get(forum.seriesId);
        return state != null && forum.forumId.equals(state.batonHolder());
    }

    private static @Nullable Trilingual region(String code) {
        return Regions.find(code).map(r -> r.name()).orElse(null);
    }

    private static final class SeriesState {
        /** The order series are listed in: by the time of their first event, then by id. */
        static final Comparator<SeriesState> BY_FIRST_EVENT = Comparator
                .comparing((SeriesState s) -> s.firstEventAt).thenComparing(s -> s.seriesId);

        final String seriesId;
        final List<String> forumIds = new ArrayList<>();
        /** By handoff number: a replay reads the handoff topic's partitions one after another. */
        final NavigableMap<Integer, SeriesView.Handoff> handoffs = new TreeMap<>();
        @Nullable Trilingual title;
        @Nullable String firstOpened;
        int firstOpenedPosition;
        boolean completed;
        boolean suspended;
        boolean closedEarly;
        /** Why the series is suspended or was closed early, if given. */
        @Nullable Trilingual reason;
        /** When its earliest event known so far happened. */
        Instant firstEventAt = Instant.MAX;

        SeriesState(String seriesId) {
            this.seriesId = seriesId;
        }

        /** An operator suspended, resumed or closed the series early (its own partition: read in order). */
        void lifecycle(SpecificRecord event) {
            if (closedEarly) {
                return;
            }
            if (event instanceof SeriesSuspended suspension) {
                suspended = true;
                reason = ForumState.text(suspension.getReason());
            } else if (event instanceof SeriesResumed) {
                suspended = false;
                reason = null;
            } else if (event instanceof SeriesClosedEarly closing) {
                closedEarly = true;
                reason = ForumState.text(closing.getReason());
            }
        }

        SeriesView.Status status() {
            if (closedEarly) {
                return SeriesView.Status.CLOSED_EARLY;
            }
            if (completed) {
                return SeriesView.Status.COMPLETED;
            }
            return suspended ? SeriesView.Status.SUSPENDED : SeriesView.Status.RUNNING;
        }

        void seen(Instant occurredAt) {
            if (occurredAt.isBefore(firstEventAt)) {
                firstEventAt = occurredAt;
            }
        }

        /** Where the last handoff took the baton; before any, the first forum whose preparation opened. */
        @Nullable String batonHolder() {
            return handoffs.isEmpty() ? firstOpened : handoffs.lastEntry().getValue().toForumId();
        }
    }
}
