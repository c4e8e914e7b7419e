package kz.civicrelay.resolution.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.resolution.domain.ResolutionEvent.DraftOpened;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationAmended;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationProposed;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationWithdrawn;
import kz.civicrelay.resolution.domain.ResolutionEvent.ResolutionAdopted;

/**
 * Every forum's resolution as drafting knows it, with the forums it learned from scheduling.
 * Decisions return the events they lead to and change nothing; {@link #apply} folds them in.
 */
public final class ForumResolutions {

    private static final int MAX_REASON = 1000;

    private final Map<String, ScheduledForum> forums = new HashMap<>();
    private final Set<String> convened = new HashSet<>();
    private final Map<String, Resolution> resolutions = new HashMap<>();

    // ---- decisions -------------------------------------------------------------------------

    /** The forum convened: its draft opens, once; a forum that already has one gets nothing new. */
    public List<ResolutionEvent> openDraft(String forumId) {
        ScheduledForum forum = forum(forumId);
        if (!convened.contains(forumId)) {
            throw new IllegalStateException("Forum " + forumId + " has not convened; its draft cannot open");
        }
        if (resolutions.containsKey(forumId)) {
            return List.of();
        }
        return List.of(new DraftOpened(forum.seriesId(), forumId, forum.resolutionId(), forum.resolutionTitle()));
    }

    public List<ResolutionEvent> propose(String forumId, AddresseeKind kind, Trilingual addressee, Trilingual text) {
        Resolution draft = openDraftOf(forumId);
        Objects.requireNonNull(kind, "addresseeKind");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(text, "text");
        return List.of(new RecommendationProposed(forumId, draft.resolutionId(), draft.nextRecommendationId(), kind,
                addressee, text));
    }

    public List<ResolutionEvent> amend(String forumId, String recommendationId, Trilingual text) {
        Resolution draft = openDraftOf(forumId);
        Recommendation current = activeRecommendation(draft, recommendationId, "amended");
        Objects.requireNonNull(text, "text");
        return List.of(new RecommendationAmended(forumId, draft.resolutionId(), recommendationId,
                current.revision() + 1, text));
    }

    public List<ResolutionEvent> withdraw(String forumId, String recommendationId, @Nullable String reason) {
        Resolution draft = openDraftOf(forumId);
        activeRecommendation(draft, recommendationId, "withdrawn");
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        if (given != null && given.length() > MAX_REASON) {
            throw new IllegalArgumentException("A reason must be at most " + MAX_REASON + " characters");
        }
        return List.of(new RecommendationWithdrawn(forumId, draft.resolutionId(), recommendationId, given));
    }

    /**
     * Adopts the draft with its active recommendations, in the order they were proposed, recording the adopted
     * text's hash and how many recommendations go to each kind of addressee ({@link AdoptedText}).
     */
    public List<ResolutionEvent> adopt(String forumId) {
        Resolution draft = openDraftOf(forumId);
        AdoptedText text = AdoptedText.of(draft);
        List<String> active = text.recommendations().stream().map(Recommendation::recommendationId).toList();
        if (active.isEmpty()) {
            throw new IllegalStateException("The resolution of " + forumId + " has no active recommendation to adopt");
        }
        return List.of(new ResolutionAdopted(forumId, draft.resolutionId(), draft.title(), active,
                text.contentHash(), text.countByAddressee()));
    }

    // ---- fold --------------------------------------------------------------------------------

    /** Scheduling planned a forum (folded from scheduling's topic). */
    public void forumScheduled(ScheduledForum forum) {
        forums.put(forum.forumId(), forum);
    }

    /** Scheduling convened a forum (folded from scheduling's topic). */
    public void forumConvened(String forumId) {
        convened.add(forumId);
    }

    public void apply(ResolutionEvent event) {
        if (event instanceof DraftOpened opened) {
            resolutions.putIfAbsent(opened.forumId(),
                    new Resolution(opened.seriesId(), opened.forumId(), opened.resolutionId(), opened.title()));
            return;
        }
        Resolution resolution = resolutions.get(event.forumId());
        if (resolution == null) {
            throw new IllegalStateException("Event " + event + " names a forum without a draft");
        }
        if (event instanceof RecommendationProposed proposed) {
            resolution.put(new Recommendation(proposed.recommendationId(), proposed.addresseeKind(),
                    proposed.addressee(), proposed.text(), 1, RecommendationStatus.ACTIVE));
        } else if (event instanceof RecommendationAmended amended) {
            resolution.put(resolution.recommendation(amended.recommendationId())
                    .amended(amended.revision(), amended.text()));
        } else if (event instanceof RecommendationWithdrawn withdrawn) {
            resolution.put(resolution.recommendation(withdrawn.recommendationId()).withdrawn());
        } else if (event instanceof ResolutionAdopted adopted) {
            resolution.adopt(adopted.title());
        }
    }

    // ---- reads -------------------------------------------------------------------------------

    public ScheduledForum forum(String forumId) {
        ScheduledForum forum = forums.get(forumId);
        if (forum == null) {
            throw new NoSuchElementException("No forum " + forumId + " is scheduled");
        }
        return forum;
    }

    /** The forum's resolution, if its draft opened; {@link NoSuchElementException} for an unknown forum. */
    public Optional<Resolution> resolutionOf(String forumId) {
        forum(forumId);
        return Optional.ofNullable(resolutions.get(forumId));
    }

    private Resolution openDraftOf(String forumId) {
        Resolution resolution = resolutionOf(forumId).orElseThrow(() -> new IllegalStateException(
                "No resolution draft is open for " + forumId + "; drafting opens when the forum convenes"));
        if (resolution.status() == ResolutionStatus.ADOPTED) {
            throw new IllegalStateException("The resolution of " + forumId + " is already adopted and cannot change");
        }
        return resolution;
    }

    private static Recommendation activeRecommendation(Resolution draft, String recommendationId, String act) {
        Recommendation recommendation = draft.recommendation(recommendationId);
        if (!recommendation.isActive()) {
            throw new IllegalStateException("Recommendation " + recommendationId + " was withdrawn and cannot be "
                    + act);
        }
        return recommendation;
    }
}
