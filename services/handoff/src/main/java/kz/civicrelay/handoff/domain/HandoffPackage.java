package kz.civicrelay.handoff.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * What the next host receives with the baton: the completed forum's adopted resolution, its participation
 * figures and the next forum's dates and venue. The baton never waits for it: a part handoff has not learned
 * yet when the baton passes is null (the maps empty).
 *
 * @param registeredCount        participants registered when the forum's registration closed
 * @param participantsByCategory participants registered and not cancelled, by ParticipantCategory name
 */
public record HandoffPackage(String completedForumId, @Nullable AdoptedResolution resolution,
        @Nullable Integer registeredCount, Map<String, Integer> participantsByCategory,
        @Nullable NextForum nextForum) {

    public HandoffPackage {
        Objects.requireNonNull(completedForumId, "completedForumId");
        participantsByCategory = Map.copyOf(participantsByCategory);
    }

    /** A package of which nothing is known but the forum that passed the baton. */
    public static HandoffPackage unknown(String completedForumId) {
        return new HandoffPackage(completedForumId, null, null, Map.of(), null);
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
}
