package kz.civicrelay.delivery.domain;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * What the next host needs from the forum that passed the baton ({@code BatonPassed.handoffPackage}): its adopted
 * resolution, its participation figures, and the next forum's dates and venue. Parts handoff did not know are null.
 */
public record HandoffPackage(String completedForumId, @Nullable AdoptedResolution resolution,
        @Nullable Integer registeredCount, Map<String, Integer> participantsByCategory, @Nullable NextForum nextForum) {

    public HandoffPackage {
        participantsByCategory = Map.copyOf(participantsByCategory);
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
}
