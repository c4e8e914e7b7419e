package kz.civicrelay.resolution.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * One forum's resolution (or appeal): its title, kind, status and recommendations in their order (the order they
 * were proposed in, changed within an addressee by reordering), every revision of each with who and when, the
 * plenary's votes, and once adopted, how and what became of each adopted recommendation.
 */
public final class Resolution {

    private final String seriesId;
    private final String forumId;
    private final String resolutionId;
    private Trilingual title;
    private DocumentKind kind;
    private final Map<String, Recommendation> recommendations = new HashMap<>();
    private final List<String> order = new ArrayList<>();
    private final Map<String, List<Revision>> revisions = new HashMap<>();
    private final Map<String, PlenaryVote> votes = new HashMap<>();
    private final Map<String, List<ProgressNote>> followUp = new HashMap<>();
    private @Nullable Adoption adoption;

    Resolution(String seriesId, String forumId, String resolutionId, Trilingual title, DocumentKind kind) {
        this.seriesId = seriesId;
        this.forumId = forumId;
        this.resolutionId = resolutionId;
        this.title = title;
        this.kind = kind;
    }

    public String seriesId() {
        return seriesId;
    }

    public String forumId() {
        return forumId;
    }

    public String resolutionId() {
        return resolutionId;
    }

    public Trilingual title() {
        return title;
    }

    public DocumentKind kind() {
        return kind;
    }

    public ResolutionStatus status() {
        return adoption == null ? ResolutionStatus.DRAFT : ResolutionStatus.ADOPTED;
    }

    public Optional<Adoption> adoption() {
        return Optional.ofNullable(adoption);
    }

    /** Every recommendation, withdrawn and merged ones included, in the resolution's order. */
    public List<Recommendation> recommendations() {
        return order.stream().map(recommendations::get).toList();
    }

    /** The recommendations neither withdrawn nor merged, in the resolution's order. */
    public List<Recommendation> activeRecommendations() {
        return recommendations().stream().filter(Recommendation::isActive).toList();
    }

    /**
     * The text as it stands: once adopted, the adopted recommendations; before, the active ones the plenary did not
     * vote down; in order.
     */
    public List<Recommendation> inText() {
        if (adoption != null) {
            return adoption.recommendationIds().stream().map(recommendations::get).toList();
        }
        return activeRecommendations().stream().filter(r -> vote(r.recommendationId()).map(PlenaryVote::carried)
                .orElse(true)).toList();
    }

    public Recommendation recommendation(String recommendationId) {
        Recommendation found = recommendations.get(recommendationId);
        if (found == null) {
            throw new NoSuchElementException("No recommendation " + recommendationId + " in " + resolutionId);
        }
        return found;
    }

    /** Every revision of a recommendation, the first (as proposed) first. */
    public List<Revision> revisions(String recommendationId) {
        recommendation(recommendationId);
        return List.copyOf(revisions.getOrDefault(recommendationId, List.of()));
    }

    /** The plenary's vote on one recommendation, if it voted on it. */
    public Optional<PlenaryVote> vote(String recommendationId) {
        return Optional.ofNullable(votes.get(recommendationId));
    }

    /** The follow-up reports on an adopted recommendation, oldest first. */
    public List<ProgressNote> progress(String recommendationId) {
        return List.copyOf(followUp.getOrDefault(recommendationId, List.of()));
    }

    /** An adopted recommendation's status: its latest report's, {@link FollowUpStatus#NOT_STARTED} before any. */
    public FollowUpStatus followUpStatus(String recommendationId) {
        List<ProgressNote> notes = followUp.getOrDefault(recommendationId, List.of());
        return notes.isEmpty() ? FollowUpStatus.NOT_STARTED : notes.get(notes.size() - 1).status();
    }

    public boolean isAdopted(String recommendationId) {
        return adoption != null && adoption.recommendationIds().contains(recommendationId);
    }

    /** The id the next proposal gets: {@code rec-1}, {@code rec-2}, ... within this resolution. */
    String nextRecommendationId() {
        return "rec-" + (recommendations.size() + 1);
    }

    void propose(Recommendation recommendation, Authorship by) {
        if (recommendations.put(recommendation.recommendationId(), recommendation) == null) {
            // In proposal order, whatever order proposals are folded in; a reordering only ever follows them.
            int at = 0;
            while (at < order.size() && Recommendation.IN_PROPOSAL_ORDER.compare(recommendations.get(order.get(at)),
                    recommendation) < 0) {
                at++;
            }
            order.add(at, recommendation.recommendationId());
        }
        revisions.computeIfAbsent(recommendation.recommendationId(), id -> new ArrayList<>())
                .add(new Revision(recommendation.revision(), recommendation.text(), by));
    }

    void amend(String recommendationId, int revision, Trilingual text, Authorship by) {
        recommendations.put(recommendationId, recommendation(recommendationId).amended(revision, text));
        revisions.computeIfAbsent(recommendationId, id -> new ArrayList<>()).add(new Revision(revision, text, by));
    }

    void withdraw(String recommendationId, @Nullable String mergedInto) {
        recommendations.put(recommendationId, recommendation(recommendationId).withdrawn(mergedInto));
    }

    /** Puts the given recommendations, in the given order, into the places they held between them. */
    void reorder(List<String> recommendationIds) {
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (recommendationIds.contains(order.get(i))) {
                places.add(i);
            }
        }
        for (int i = 0; i < places.size() && i < recommendationIds.size(); i++) {
            order.set(places.get(i), recommendationIds.get(i));
        }
    }

    void vote(String recommendationId, PlenaryVote vote) {
        votes.put(recommendationId, vote);
    }

    void choose(DocumentKind newKind, Trilingual newTitle) {
        kind = newKind;
        title = newTitle;
    }

    void adopt(Trilingual adoptedTitle, DocumentKind adoptedKind, Adoption how) {
        title = adoptedTitle;
        kind = adoptedKind;
        adoption = how;
    }

    void report(String recommendationId, ProgressNote note) {
        followUp.computeIfAbsent(recommendationId, id -> new ArrayList<>()).add(note);
    }
}
