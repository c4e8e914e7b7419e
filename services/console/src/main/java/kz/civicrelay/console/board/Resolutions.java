package kz.civicrelay.console.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.reference.Regions;
import kz.civicrelay.reference.Trilingual;

/**
 * The resolutions' fold: each forum's resolution from {@code relay.resolution}, and where each forum stands in its
 * series (from {@code ForumScheduled}) for the series-wide follow-up table and the open items of earlier forums. Every
 * list has the series' order whatever order the topics were read in. Thread-safe: {@link RelayBoard} folds into it
 * under its own lock, the console's API reads it under this one.
 */
public final class Resolutions {

    /** A forum's place in its series: for the follow-up rows, and which forums came before it. */
    record Place(String seriesId, int position, String regionCode, @Nullable Trilingual region) {
    }

    private static final String TOPIC = RelayTopic.RESOLUTION.topicName();

    private final Map<String, ResolutionState> byForum = new HashMap<>();
    private final Map<String, Place> places = new HashMap<>();

    /** Folds one event, once (the board has already dropped an event read again). */
    synchronized void apply(String topic, SpecificRecord event, EventEntry entry) {
        String forumId = entry.forumId();
        if (event instanceof ForumScheduled scheduled && forumId != null) {
            places.put(forumId, new Place(Envelopes.of(event).getSeriesId(),
                    scheduled.getPosition(), scheduled.getRegionCode(),
                    Regions.find(scheduled.getRegionCode()).map(r -> r.name()).orElse(null)));
            return;
        }
        Schema.Field resolutionId = event.getSchema().getField("resolutionId");
        if (!topic.equals(TOPIC) || forumId == null || resolutionId == null) {
            return;
        }
        byForum.computeIfAbsent(forumId, id -> new ResolutionState(id, String.valueOf(event.get(resolutionId.pos())))).apply(event, entry);
    }

    /** The forum's resolution, once its draft opened. */
    public synchronized Optional<ResolutionView> of(String forumId) {
        return Optional.ofNullable(byForum.get(forumId)).map(ResolutionState::view);
    }

    /** Every revision of a recommendation, the first first; {@link NoSuchElementException} for an unknown one. */
    public synchronized List<RevisionView> revisions(String forumId, String recommendationId) {
        return resolution(forumId).revisions(recommendationId);
    }

    /** Two revisions of a recommendation side by side, word by word ({@link RevisionView.Diff#of}). */
    public synchronized RevisionView.Diff diff(String forumId, String recommendationId, @Nullable Integer from,
            @Nullable Integer to) {
        return RevisionView.Diff.of(revisions(forumId, recommendationId), from, to);
    }

    /** The series' adopted recommendations with their follow-up, as {@code filter} admits them. */
    public synchronized FollowUpTable followUp(String seriesId, FollowUpTable.Filter filter) {
        return FollowUpTable.of(rows(seriesId).stream().filter(filter::admits).toList());
    }

    /**
     * The adopted recommendations of the forums before this one in its series (by position) that are still open: not
     * started or in progress. Empty for a forum not scheduled yet.
     */
    public synchronized FollowUpTable earlierOpen(String forumId) {
        Place place = places.get(forumId);
        if (place == null) {
            return FollowUpTable.of(List.of());
        }
        return FollowUpTable.of(rows(place.seriesId()).stream()
                .filter(row -> row.position() < place.position() && row.isOpen()).toList());
    }

    /** Every adopted recommendation of the series: forums by position, then id; each text in its order. */
    private List<FollowUpTable.Row> rows(String seriesId) {
        List<Map.Entry<String, Place>> forums = places.entrySet().stream()
                .filter(e -> e.getValue().seriesId().equals(seriesId))
                .sorted(Comparator.comparing((Map.Entry<String, Place> e) -> e.getValue().position())
                        .thenComparing(Map.Entry::getKey))
                .toList();
        List<FollowUpTable.Row> rows = new ArrayList<>();
        for (Map.Entry<String, Place> forum : forums) {
            ResolutionState resolution = byForum.get(forum.getKey());
            if (resolution != null) {
                rows.addAll(resolution.followUpRows(forum.getValue()));
            }
        }
        return rows;
    }

    private ResolutionState resolution(String forumId) {
        ResolutionState resolution = byForum.get(forumId);
        if (resolution == null) {
            throw new NoSuchElementException("Forum " + forumId + " has no resolution (yet)");
        }
        return resolution;
    }
}
