package kz.civicrelay.handoff.domain;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * What handoff learns for the handoff package from resolution's, registration's and scheduling's events. From
 * registration only counts are kept: a participant's id and category, never a name or an organisation.
 */
public sealed interface PackageFact {

    String forumId();

    record ResolutionAdopted(String forumId, String resolutionId, @Nullable String contentHash, Trilingual title,
            Map<String, Integer> recommendationsByAddressee) implements PackageFact {
        public ResolutionAdopted {
            recommendationsByAddressee = Map.copyOf(recommendationsByAddressee);
        }
    }

    record RegistrationClosed(String forumId, int registeredCount) implements PackageFact {
    }

    /** A registration: its id (to match a cancellation) and the ParticipantCategory name, nothing else. */
    record ParticipantRegistered(String forumId, String participantId, String category) implements PackageFact {
    }

    record RegistrationCancelled(String forumId, String participantId) implements PackageFact {
    }

    /** Where and when the forum is held, as scheduled. */
    record ForumScheduled(String forumId, LocalDate startDate, LocalDate endDate, Trilingual city, Trilingual venue)
            implements PackageFact {
    }

    /** The forum moved to new dates; city and venue stay. */
    record ForumPostponed(String forumId, LocalDate startDate, LocalDate endDate) implements PackageFact {
    }
}
