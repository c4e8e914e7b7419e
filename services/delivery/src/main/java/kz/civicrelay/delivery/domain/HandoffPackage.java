package kz.civicrelay.delivery.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * What the next host needs from the forum that passed the baton ({@code BatonPassed.handoffPackage}): its adopted
 * resolution, its participation figures, the next forum's dates and venue, and the open recommendations of the
 * series so far. Parts handoff did not know are null (the list empty).
 *
 * @param openRecommendations        adopted recommendations of the completed and earlier forums not done or declined,
 *                                   in the series' order
 * @param openRecommendationsLeftOut how many more open ones, of the oldest forums, handoff left out for size
 */
public record HandoffPackage(String completedForumId, @Nullable AdoptedResolution resolution,
        @Nullable Integer registeredCount, Map<String, Integer> participantsByCategory, @Nullable NextForum nextForum,
        List<OpenRecommendation> openRecommendations, int openRecommendationsLeftOut) {

    public HandoffPackage {
        participantsByCategory = Map.copyOf(participantsByCategory);
        openRecommendations = List.copyOf(openRecommendations);
    }

    /** How many recommendations are open: those listed and those left out. */
    public int openCount() {
        return openRecommendations.size() + openRecommendationsLeftOut;
    }

    /** The adopted resolution; {@code contentHash} is null if the adoption did not record one. */
    public record AdoptedResolution(String resolutionId, @Nullable String contentHash, Trilingual title,
            Map<String, Integer> recommendationsByAddressee) {

        public AdoptedResolution {
            recommendationsByAddressee = Map.copyOf(recommendationsByAddressee);
        }
    }

    public record NextForum(String forumId, LocalDate startDate, LocalDate endDate, Trilingual city, Trilingual venue) {
    }

    /**
     * An adopted recommendation still to be done: the forum that adopted it, to whom ({@code addresseeKind} an
     * AddresseeKind name, and the body's name), its text, and its {@code status} (a FollowUpStatus name: NOT_STARTED
     * or IN_PROGRESS) when the baton passed.
     */
    public record OpenRecommendation(String forumId, String recommendationId, String addresseeKind,
            Trilingual addressee, Trilingual text, String status) {
    }
}
