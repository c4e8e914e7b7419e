package kz.civicrelay.handoff.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * What the next host receives with the baton: the completed forum's adopted resolution, its participation
 * figures, the next forum's dates and venue, and the open recommendations of the series so far. The baton never
 * waits for it: a part handoff has not learned yet when the baton passes is null (the maps and list empty).
 *
 * @param registeredCount            participants registered when the forum's registration closed
 * @param participantsByCategory     participants registered and not cancelled, by ParticipantCategory name
 * @param openRecommendations        the adopted recommendations of the completed forum and the earlier forums of
 *                                   its series not done or declined, in the series' order ({@link OpenItems})
 * @param openRecommendationsLeftOut how many more open ones, of the oldest forums, were left out for size
 */
public record HandoffPackage(String completedForumId, @Nullable AdoptedResolution resolution,
        @Nullable Integer registeredCount, Map<String, Integer> participantsByCategory,
        @Nullable NextForum nextForum, List<OpenRecommendation> openRecommendations, int openRecommendationsLeftOut) {

    public HandoffPackage {
        Objects.requireNonNull(completedForumId, "completedForumId");
        participantsByCategory = Map.copyOf(participantsByCategory);
        openRecommendations = List.copyOf(openRecommendations);
        if (openRecommendationsLeftOut < 0) {
            throw new IllegalArgumentException("openRecommendationsLeftOut " + openRecommendationsLeftOut + " < 0");
        }
    }

    /** A package of which nothing is known but the forum that passed the baton. */
    public static HandoffPackage unknown(String completedForumId) {
        return new HandoffPackage(completedForumId, null, null, Map.of(), null, List.of(), 0);
    }

    /**
     * The adopted resolution: {@code contentHash} is the SHA-256 of its canonical form, when the adoption
     * recorded it; {@code recommendationsByAddressee} counts its recommendations by AddresseeKind name.
     */
    public record AdoptedResolution(String resolutionId, @Nullable String contentHash, Trilingual title,
            Map<String, Integer> recommendationsByAddressee) {
        public AdoptedResolution {
            recommendationsByAddressee = Map.copyOf(recommendationsByAddressee);
        }
    }

    /** The forum that receives the baton, as scheduled (or postponed to). */
    public record NextForum(String forumId, LocalDate startDate, LocalDate endDate, Trilingual city,
            Trilingual venue) {
    }

    /**
     * An adopted recommendation still to be done: the forum that adopted it, its id there, to whom (an
     * AddresseeKind name, and the body's name), its adopted text and its follow-up status when the baton passed.
     */
    public record OpenRecommendation(String forumId, String recommendationId, String addresseeKind,
            Trilingual addressee, Trilingual text, FollowUpStatus status) {
    }
}
