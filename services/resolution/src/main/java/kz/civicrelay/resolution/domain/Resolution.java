package kz.civicrelay.resolution.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import kz.civicrelay.reference.Trilingual;

/**
 * One forum's resolution: its title, status and recommendations in the order they were proposed (by
 * number, {@link Recommendation#IN_PROPOSAL_ORDER}), whatever order they were folded in.
 */
public final class Resolution {

    private final String seriesId;
    private final String forumId;
    private final String resolutionId;
    private Trilingual title;
    private ResolutionStatus status = ResolutionStatus.DRAFT;
    private final Map<String, Recommendation> recommendations = new HashMap<>();

    Resolution(String seriesId, String forumId, String resolutionId, Trilingual title) {
        this.seriesId = seriesId;
        this.forumId = forumId;
        this.resolutionId = resolutionId;
        this.title = title;
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

    public ResolutionStatus status() {
        return status;
    }

    /** Every recommendation, withdrawn ones included, in the order they were proposed. */
    public List<Recommendation> recommendations() {
        return recommendations.values().stream().sorted(Recommendation.IN_PROPOSAL_ORDER).toList();
    }

    /** The recommendations not withdrawn, in the order they were proposed. */
    public List<Recommendation> activeRecommendations() {
        return recommendations().stream().filter(Recommendation::isActive).toList();
    }

    public Recommendation recommendation(String recommendationId) {
        Recommendation found = recommendations.get(recommendationId);
        if (found == null) {
            throw new NoSuchElementException("No recommendation " + recommendationId + " in " + resolutionId);
        }
        return found;
    }

    /** The id the next proposal gets: {@code rec-1}, {@code rec-2}, ... within this resolution. */
    String nextRecommendationId() {
        return "rec-" + (recommendations.size() + 1);
    }

    void put(Recommendation recommendation) {
        recommendations.put(recommendation.recommendationId(), recommendation);
    }

    void adopt(Trilingual adoptedTitle) {
        title = adoptedTitle;
        status = ResolutionStatus.ADOPTED;
    }
}
