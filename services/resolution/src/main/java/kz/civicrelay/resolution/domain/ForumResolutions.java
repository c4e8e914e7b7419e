package kz.civicrelay.resolution.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Regions;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.resolution.domain.ResolutionEvent.DraftOpened;
import kz.civicrelay.resolution.domain.ResolutionEvent.KindChosen;
import kz.civicrelay.resolution.domain.ResolutionEvent.ProgressReported;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationAmended;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationProposed;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationVoted;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationWithdrawn;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationsReordered;
import kz.civicrelay.resolution.domain.ResolutionEvent.ResolutionAdopted;

/**
 * Every forum's resolution as drafting knows it, with the forums it learned from scheduling.
 * Decisions return the events they lead to and change nothing; {@link #apply} folds them in.
 */
public final class ForumResolutions {

    /** Kazakhstan's calendar, for the day a resolution was adopted. */
    public static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    private static final int MAX_REASON = 1000;
    private static final int MAX_NOTE = 2000;

    private final Map<String, ScheduledForum> forums = new HashMap<>();
    private final Set<String> convened = new HashSet<>();
    private final Map<String, Resolution> resolutions = new HashMap<>();

    // ---- drafting ----------------------------------------------------------------------------

    /** The forum convened: its draft opens, once, as a resolution; a forum that already has one gets nothing new. */
    public List<ResolutionEvent> openDraft(String forumId) {
        ScheduledForum forum = forum(forumId);
        if (!convened.contains(forumId)) {
            throw new IllegalStateException("Forum " + forumId + " has not convened; its draft cannot open");
        }
        if (resolutions.containsKey(forumId)) {
            return List.of();
        }
        return List.of(new DraftOpened(forum.seriesId(), forumId, forum.resolutionId(), forum.resolutionTitle(),
                DocumentKind.RESOLUTION));
    }

    /** Chooses the kind of document while nothing is proposed yet; the same kind again changes nothing. */
    public List<ResolutionEvent> chooseKind(String forumId, DocumentKind kind) {
        Resolution draft = openDraftOf(forumId);
        Objects.requireNonNull(kind, "documentKind");
        if (!draft.recommendations().isEmpty()) {
            throw new IllegalStateException("The kind of " + draft.resolutionId() + " is chosen when the draft opens, "
                    + "before anything is proposed; it has " + draft.recommendations().size() + " recommendation(s)");
        }
        if (draft.kind() == kind) {
            return List.of();
        }
        return List.of(new KindChosen(forumId, draft.resolutionId(), kind, forum(forumId).titleOf(kind)));
    }

    /** Proposes a recommendation; {@code addresseeRegion} (a regional addressee's region) must be a known region. */
    public List<ResolutionEvent> propose(String forumId, AddresseeKind kind, Trilingual addressee, Trilingual text,
            @Nullable String addresseeRegion) {
        Resolution draft = openDraftOf(forumId);
        Objects.requireNonNull(kind, "addresseeKind");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(text, "text");
        if (addresseeRegion != null && Regions.find(addresseeRegion).isEmpty()) {
            throw new IllegalArgumentException("Unknown addresseeRegion " + addresseeRegion
                    + "; expected a region's ISO 3166-2:KZ code such as KZ-33");
        }
        return List.of(new RecommendationProposed(forumId, draft.resolutionId(), draft.nextRecommendationId(), kind,
                addressee, text, addresseeRegion));
    }

    /** A new revision of the text; the same text again changes nothing. */
    public List<ResolutionEvent> amend(String forumId, String recommendationId, Trilingual text) {
        Resolution draft = openDraftOf(forumId);
        Recommendation current = editable(draft, recommendationId, "amended");
        Objects.requireNonNull(text, "text");
        if (current.text().equals(text)) {
            return List.of();
        }
        return List.of(new RecommendationAmended(forumId, draft.resolutionId(), recommendationId,
                current.revision() + 1, text));
    }

    public List<ResolutionEvent> withdraw(String forumId, String recommendationId, @Nullable String reason) {
        Resolution draft = openDraftOf(forumId);
        editable(draft, recommendationId, "withdrawn");
        return List.of(new RecommendationWithdrawn(forumId, draft.resolutionId(), recommendationId, reason(reason),
                null));
    }

    /**
     * Merges a duplicate into another recommendation of the same draft to the same addressee: the duplicate is
     * withdrawn as merged, and the one kept gets the merged text as its next revision when one is given.
     *
     * @param duplicateForumId the forum the duplicate belongs to, as the request named it: merging across forums is
     *                         refused
     */
    public List<ResolutionEvent> merge(String forumId, String keptId, String duplicateForumId, String duplicateId,
            @Nullable Trilingual mergedText) {
        if (!forumId.equals(duplicateForumId)) {
            throw new IllegalArgumentException("Recommendations merge only within one forum's resolution: "
                    + duplicateId + " of " + duplicateForumId + " cannot merge into " + keptId + " of " + forumId);
        }
        Resolution draft = openDraftOf(forumId);
        if (keptId.equals(duplicateId)) {
            throw new IllegalArgumentException("A recommendation cannot merge into itself (" + keptId + ")");
        }
        Recommendation kept = editable(draft, keptId, "merged into");
        Recommendation duplicate = editable(draft, duplicateId, "merged");
        if (!kept.sameAddressee(duplicate)) {
            throw new IllegalStateException("Only duplicates merge: " + duplicateId + " goes to "
                    + duplicate.addressee().en() + ", " + keptId + " to " + kept.addressee().en());
        }
        List<ResolutionEvent> events = new ArrayList<>();
        events.add(new RecommendationWithdrawn(forumId, draft.resolutionId(), duplicateId,
                "Merged into " + keptId, keptId));
        if (mergedText != null && !mergedText.equals(kept.text())) {
            events.add(new RecommendationAmended(forumId, draft.resolutionId(), keptId, kept.revision() + 1, mergedText));
        }
        return events;
    }

    /**
     * Puts the active recommendations to one addressee in a new order: the ids must be exactly those, each once; the
     * order they already have changes nothing.
     */
    public List<ResolutionEvent> reorder(String forumId, List<String> recommendationIds) {
        Resolution draft = openDraftOf(forumId);
        if (recommendationIds.isEmpty()) {
            throw new IllegalArgumentException("Name the recommendations to one addressee in their new order");
        }
        if (new HashSet<>(recommendationIds).size() != recommendationIds.size()) {
            throw new IllegalArgumentException("A recommendation is named twice in " + recommendationIds);
        }
        Recommendation first = draft.recommendation(recommendationIds.get(0));
        List<String> group = draft.activeRecommendations().stream().filter(first::sameAddressee)
                .map(Recommendation::recommendationId).toList();
        if (!first.isActive() || !new HashSet<>(group).equals(new HashSet<>(recommendationIds))) {
            throw new IllegalArgumentException("Reordering names every active recommendation to one addressee, each "
                    + "once: for " + first.addressee().en() + " that is " + group + ", not " + recommendationIds);
        }
        if (group.equals(recommendationIds)) {
            return List.of();
        }
        return List.of(new RecommendationsReordered(forumId, draft.resolutionId(), recommendationIds));
    }

    // ---- the plenary ---------------------------------------------------------------------------

    /** The plenary's vote on one active recommendation, once; it is carried when more voted for than against. */
    public List<ResolutionEvent> vote(String forumId, String recommendationId, PlenaryVote vote) {
        Resolution draft = openDraftOf(forumId);
        editable(draft, recommendationId, "voted on");
        Objects.requireNonNull(vote, "vote");
        return List.of(new RecommendationVoted(forumId, draft.resolutionId(), recommendationId, vote, vote.carried()));
    }

    /**
     * Adopts the draft: its active recommendations the plenary did not vote down, in the resolution's order, recording
     * the adopted text's hash and how many recommendations go to each kind of addressee ({@link AdoptedText}). With a
     * vote on the whole text, it must be carried.
     */
    public List<ResolutionEvent> adopt(String forumId, @Nullable PlenaryVote vote) {
        Resolution draft = openDraftOf(forumId);
        AdoptedText text = AdoptedText.of(draft);
        if (text.recommendations().isEmpty()) {
            throw new IllegalStateException("The " + draft.kind().displayName().en().toLowerCase(java.util.Locale.ROOT)
                    + " of " + forumId + " has no recommendation to adopt");
        }
        if (vote != null && !vote.carried()) {
            throw new IllegalStateException("The vote on the whole text is not carried (for " + vote.inFavour()
                    + ", against " + vote.against() + ", abstained " + vote.abstained() + "): nothing is adopted");
        }
        List<String> ids = text.recommendations().stream().map(Recommendation::recommendationId).toList();
        return List.of(new ResolutionAdopted(forumId, draft.resolutionId(), draft.title(), ids, text.contentHash(),
                text.countByAddressee(), draft.kind(), vote, text.recommendations()));
    }

    // ---- follow-up -----------------------------------------------------------------------------

    /**
     * Reports what became of an adopted recommendation as of a day: not before its adoption, not after today; a
     * decline says why (the note).
     */
    public List<ResolutionEvent> reportProgress(String forumId, String recommendationId, FollowUpStatus status,
            LocalDate reportedOn, @Nullable String note, LocalDate today) {
        Resolution resolution = adoptedRecommendationOf(forumId, recommendationId);
        Objects.requireNonNull(status, "status");
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            throw new IllegalArgumentException("A progress note must be at most " + MAX_NOTE + " characters, not "
                    + text.length());
        }
        if (status == FollowUpStatus.DECLINED && text == null) {
            throw new IllegalArgumentException("A declined recommendation needs a note saying why");
        }
        LocalDate adopted = resolution.adoption().orElseThrow().by().at().atZone(KAZAKHSTAN).toLocalDate();
        if (reportedOn.isBefore(adopted) || reportedOn.isAfter(today)) {
            throw new IllegalArgumentException("A report holds for a day from the adoption (" + adopted
                    + ") to today (" + today + "), not " + reportedOn);
        }
        return List.of(new ProgressReported(forumId, resolution.resolutionId(), recommendationId, status, reportedOn,
                text));
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

    /** Folds one of drafting's own events, recorded by {@code by}. */
    public void apply(ResolutionEvent event, Authorship by) {
        if (event instanceof DraftOpened opened) {
            resolutions.putIfAbsent(opened.forumId(), new Resolution(opened.seriesId(), opened.forumId(),
                    opened.resolutionId(), opened.title(), opened.kind()));
            return;
        }
        Resolution resolution = resolutions.get(event.forumId());
        if (resolution == null) {
            throw new IllegalStateException("Event " + event + " names a forum without a draft");
        }
        ResolutionFold.apply(resolution, event, by);
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

    /** The resolutions of a series' forums, in the plan's order ({@link NoSuchElementException}: no such series). */
    public List<Resolution> ofSeries(String seriesId) {
        List<ScheduledForum> planned = forums.values().stream().filter(f -> f.seriesId().equals(seriesId))
                .sorted(Comparator.comparingInt(ScheduledForum::position)).toList();
        if (planned.isEmpty()) {
            throw new NoSuchElementException("No series " + seriesId + " is planned");
        }
        return planned.stream().map(f -> resolutions.get(f.forumId())).filter(Objects::nonNull).toList();
    }

    /** Every adopted recommendation of a series with its follow-up, in the series' order. */
    public List<FollowUpRow> followUp(String seriesId) {
        return FollowUpRow.of(ofSeries(seriesId), this::forum);
    }

    /** The adopted recommendations of the forums before this one in its series that are not done or declined. */
    public List<FollowUpRow> openBefore(String forumId) {
        ScheduledForum forum = forum(forumId);
        return followUp(forum.seriesId()).stream().filter(row -> row.position() < forum.position()
                && row.status().isOpen()).toList();
    }

    private Resolution openDraftOf(String forumId) {
        Resolution resolution = resolutionOf(forumId).orElseThrow(() -> new IllegalStateException(
                "No resolution draft is open for " + forumId + "; drafting opens when the forum convenes"));
        if (resolution.status() == ResolutionStatus.ADOPTED) {
            throw new IllegalStateException("The " + resolution.kind().displayName().en().toLowerCase(
                    java.util.Locale.ROOT) + " of " + forumId + " is already adopted (content hash "
                    + resolution.adoption().map(Adoption::contentHash).orElse("not recorded") + ") and cannot change");
        }
        return resolution;
    }

    private Resolution adoptedRecommendationOf(String forumId, String recommendationId) {
        Resolution resolution = resolutionOf(forumId).orElseThrow(() -> new IllegalStateException(
                "Forum " + forumId + " has no resolution; follow-up starts once one is adopted"));
        resolution.recommendation(recommendationId);
        if (!resolution.isAdopted(recommendationId)) {
            throw new IllegalStateException("Recommendation " + recommendationId + " of " + forumId + " was not "
                    + "adopted" + (resolution.status() == ResolutionStatus.DRAFT ? " (the text is still a draft)" : "")
                    + ": only adopted recommendations are followed up");
        }
        return resolution;
    }

    /** An active recommendation the plenary has not voted on yet: what drafting may still change. */
    private static Recommendation editable(Resolution draft, String recommendationId, String act) {
        Recommendation recommendation = draft.recommendation(recommendationId);
        if (!recommendation.isActive()) {
            throw new IllegalStateException("Recommendation " + recommendationId + " was "
                    + (recommendation.mergedInto() == null ? "withdrawn" : "merged into " + recommendation.mergedInto())
                    + " and cannot be " + act);
        }
        if (draft.vote(recommendationId).isPresent()) {
            throw new IllegalStateException("The plenary has voted on recommendation " + recommendationId
                    + "; it cannot be " + act + " any more");
        }
        return recommendation;
    }

    private static @Nullable String reason(@Nullable String reason) {
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        if (given != null && given.length() > MAX_REASON) {
            throw new IllegalArgumentException("A reason must be at most " + MAX_REASON + " characters");
        }
        return given;
    }
}
