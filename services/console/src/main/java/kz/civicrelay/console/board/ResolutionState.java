package kz.civicrelay.console.board;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.console.board.ResolutionView.RecommendationStatus;
import kz.civicrelay.console.board.ResolutionView.Vote;
import kz.civicrelay.events.AdoptedRecommendation;
import kz.civicrelay.events.DocumentKind;
import kz.civicrelay.events.FollowUpStatus;
import kz.civicrelay.events.RecommendationAmended;
import kz.civicrelay.events.RecommendationProgressReported;
import kz.civicrelay.events.RecommendationProposed;
import kz.civicrelay.events.RecommendationVoted;
import kz.civicrelay.events.RecommendationWithdrawn;
import kz.civicrelay.events.RecommendationsReordered;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.events.ResolutionDraftOpened;
import kz.civicrelay.events.ResolutionKindChosen;
import kz.civicrelay.reference.Trilingual;

/**
 * One forum's resolution folded from its events on {@code relay.resolution} (one partition per forum: read in order),
 * as the resolution service folds it: recommendations in proposal order until reordered within an addressee, every
 * revision with the event's actor and time, the plenary's votes, the adoption, the follow-up reports.
 */
final class ResolutionState {

    /** Kazakhstan's calendar, for the day a resolution was adopted. */
    private static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    private static final Pattern NUMBERED = Pattern.compile("rec-([1-9][0-9]{0,8})");
    private static final Comparator<String> IN_PROPOSAL_ORDER = Comparator.comparingInt(ResolutionState::number)
            .thenComparing(id -> id);

    private final String forumId;
    private String resolutionId;
    private DocumentKind kind = DocumentKind.RESOLUTION;
    private @Nullable Trilingual title;
    private final Map<String, RecommendationState> items = new HashMap<>();
    private final List<String> order = new ArrayList<>();
    private final Map<String, List<RevisionView>> revisions = new HashMap<>();
    private final Map<String, Vote> votes = new HashMap<>();
    private final Map<String, List<RecommendationProgressReported>> reports = new HashMap<>();
    private @Nullable ResolutionAdopted adopted;
    private @Nullable String adoptedAt;

    ResolutionState(String forumId, String resolutionId) {
        this.forumId = forumId;
        this.resolutionId = resolutionId;
    }

    void apply(SpecificRecord event, EventEntry entry) {
        if (event instanceof ResolutionDraftOpened opened) {
            resolutionId = opened.getResolutionId();
            kind = opened.getDocumentKind();
            title = ForumState.text(opened.getTitle());
        } else if (event instanceof ResolutionKindChosen chosen) {
            kind = chosen.getDocumentKind();
            title = ForumState.text(chosen.getTitle());
        } else if (event instanceof RecommendationProposed p) {
            propose(p, entry);
        } else if (event instanceof RecommendationAmended a && items.get(a.getRecommendationId()) != null) {
            RecommendationState item = item(a.getRecommendationId());
            item.text = ForumState.text(a.getText());
            item.revision = a.getRevision();
            revised(a.getRecommendationId(), a.getRevision(), item, entry);
        } else if (event instanceof RecommendationWithdrawn w && items.get(w.getRecommendationId()) != null) {
            RecommendationState item = item(w.getRecommendationId());
            item.mergedInto = w.getMergedInto();
            item.status = w.getMergedInto() == null ? RecommendationStatus.WITHDRAWN : RecommendationStatus.MERGED;
        } else if (event instanceof RecommendationsReordered r) {
            reorder(r.getRecommendationIds());
        } else if (event instanceof RecommendationVoted v) {
            votes.put(v.getRecommendationId(), Vote.of(v.getVote()));
        } else if (event instanceof ResolutionAdopted a) {
            adopt(a, entry);
        } else if (event instanceof RecommendationProgressReported p) {
            reports.computeIfAbsent(p.getRecommendationId(), id -> new ArrayList<>()).add(p);
        }
    }

    ResolutionView view() {
        List<String> inText = inText();
        ResolutionAdopted adoption = adopted;
        return new ResolutionView(resolutionId, forumId, kind,
                adoption == null ? ResolutionView.Status.DRAFT : ResolutionView.Status.ADOPTED, title, adoptedAt,
                adoptedAt == null ? null : Instant.parse(adoptedAt).atZone(KAZAKHSTAN).toLocalDate().toString(),
                adoption == null ? null : adoption.getContentHash(), adoption == null ? null : Vote.of(adoption.getVote()),
                order.stream().map(id -> item(id).view(votes.get(id), inText.contains(id),
                        adoption == null || !inText.contains(id) ? null : followUp(id))).toList());
    }

    /** Every revision of a recommendation, the first (as proposed) first. */
    List<RevisionView> revisions(String recommendationId) {
        if (!items.containsKey(recommendationId)) {
            throw new NoSuchElementException("No recommendation " + recommendationId + " in " + resolutionId);
        }
        return List.copyOf(revisions.getOrDefault(recommendationId, List.of()));
    }

    /** The text's recommendations with their follow-up, once adopted (none before), for the forum at {@code place}. */
    List<FollowUpTable.Row> followUpRows(Resolutions.Place place) {
        if (adopted == null) {
            return List.of();
        }
        List<FollowUpTable.Row> rows = new ArrayList<>();
        for (String id : inText()) {
            RecommendationState item = item(id);
            List<RecommendationProgressReported> notes = reports.getOrDefault(id, List.of());
            RecommendationProgressReported last = notes.isEmpty() ? null : notes.get(notes.size() - 1);
            rows.add(new FollowUpTable.Row(forumId, place.position(), place.regionCode(), place.region(), id,
                    item.addresseeKind, item.addressee, item.addresseeRegion, item.text, followUp(id),
                    last == null ? null : String.valueOf(last.getReportedOn()), last == null ? null : last.getNote()));
        }
        return rows;
    }

    private void propose(RecommendationProposed p, EventEntry entry) {
        String id = p.getRecommendationId();
        RecommendationState item = new RecommendationState(p);
        if (items.put(id, item) == null) {
            int at = 0;
            while (at < order.size() && IN_PROPOSAL_ORDER.compare(order.get(at), id) < 0) {
                at++;
            }
            order.add(at, id);
        }
        revised(id, 1, item, entry);
    }

    private void revised(String id, int revision, RecommendationState item, EventEntry entry) {
        revisions.computeIfAbsent(id, x -> new ArrayList<>()).add(new RevisionView(revision, item.text,
                entry.actorName() == null ? entry.actorId() : entry.actorName(), entry.actorId(), entry.occurredAt()));
    }

    /** Puts the given recommendations, in the given order, into the places they held between them. */
    private void reorder(List<String> ids) {
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (ids.contains(order.get(i))) {
                places.add(i);
            }
        }
        for (int i = 0; i < places.size() && i < ids.size(); i++) {
            order.set(places.get(i), ids.get(i));
        }
    }

    /** The adopted text as frozen in the event (when it carries it), its recommendations, vote and time. */
    private void adopt(ResolutionAdopted a, EventEntry entry) {
        adopted = a;
        adoptedAt = entry.occurredAt();
        kind = a.getDocumentKind();
        title = ForumState.text(a.getTitle());
        for (AdoptedRecommendation frozen : a.getRecommendations()) {
            RecommendationState item = items.get(frozen.getRecommendationId());
            if (item != null) {
                item.text = ForumState.text(frozen.getText());
                item.revision = frozen.getRevision();
            }
        }
    }

    /** Once adopted, the adopted ones; before, the active ones the plenary did not vote down; in order. */
    private List<String> inText() {
        ResolutionAdopted adoption = adopted;
        if (adoption != null) {
            return adoption.getRecommendationIds().stream().filter(items::containsKey).toList();
        }
        return order.stream().filter(id -> item(id).status == RecommendationStatus.ACTIVE)
                .filter(id -> {
                    Vote vote = votes.get(id);
                    return vote == null || vote.carried();
                }).toList();
    }

    /** A recommendation known to be proposed: every id in {@code order}, or checked before. */
    private RecommendationState item(String id) {
        return Objects.requireNonNull(items.get(id), id);
    }

    /** The latest report's status; not started before any. */
    private FollowUpStatus followUp(String id) {
        List<RecommendationProgressReported> notes = reports.getOrDefault(id, List.of());
        return notes.isEmpty() ? FollowUpStatus.NOT_STARTED : notes.get(notes.size() - 1).getStatus();
    }

    /** {@code rec-7} is 7; an id of another form sorts after every numbered one. */
    private static int number(String recommendationId) {
        Matcher numbered = NUMBERED.matcher(recommendationId);
        return numbered.matches() ? Integer.parseInt(numbered.group(1)) : Integer.MAX_VALUE;
    }
}
