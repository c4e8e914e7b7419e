package kz.civicrelay.handoff.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * What handoff learns for the handoff package from resolution's, registration's and scheduling's events. From
 * registration only counts are kept: a participant's id and category, never a name or an organisation. From
 * resolution: the adopted text's recommendations and their follow-up, for the series' open recommendations.
 */
public sealed interface PackageFact {

    String forumId();

    /** The adopted resolution; {@code recommendations} in the adopted order (empty in events older than it). */
    record ResolutionAdopted(String forumId, String resolutionId, @Nullable String contentHash, Trilingual title,
            Map<String, Integer> recommendationsByAddressee, List<AdoptedRecommendation> recommendations)
            implements PackageFact {
        public ResolutionAdopted {
            recommendationsByAddressee = Map.copyOf(recommendationsByAddressee);
            recommendations = List.copyOf(recommendations);
        }
    }

    /** One recommendation as adopted: to whom (an AddresseeKind name, and the body's name) and its text. */
    record AdoptedRecommendation(String recommendationId, String addresseeKind, Trilingual addressee,
            Trilingual text) {
    }

    /** A follow-up report on an adopted recommendation of forum {@code forumId}: its status from then on. */
    record RecommendationProgressReported(String forumId, String recommendationId, FollowUpStatus status)
            implements PackageFact {
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
