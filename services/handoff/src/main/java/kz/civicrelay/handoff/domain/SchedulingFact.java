package kz.civicrelay.handoff.domain;

import java.time.Instant;
import java.util.List;

/** What handoff learns from scheduling's events and keeps in its state (the plan and where the baton is). */
public sealed interface SchedulingFact {

    String seriesId();

    /**
     * The plan: forum ids and host regions in the order the baton travels (position = index + 1), and when it was
     * planned (which series is the newest).
     */
    record SeriesPlanned(String seriesId, List<String> hostOrder, List<String> forumIds, Instant plannedAt)
            implements SchedulingFact {
        public SeriesPlanned {
            hostOrder = List.copyOf(hostOrder);
            forumIds = List.copyOf(forumIds);
            if (hostOrder.size() != forumIds.size()) {
                throw new IllegalArgumentException("Plan of " + seriesId + " lists " + forumIds.size()
                        + " forums but " + hostOrder.size() + " host regions");
            }
        }

        public SeriesPlanned(String seriesId, List<String> hostOrder, List<String> forumIds) {
            this(seriesId, hostOrder, forumIds, Instant.EPOCH);
        }
    }

    record ForumScheduled(String seriesId, String forumId, String regionCode, int position) implements SchedulingFact {
    }

    record ForumCancelled(String seriesId, String forumId) implements SchedulingFact {
    }

    /** Preparation of a forum opened: its host region holds the baton. */
    record PreparationOpened(String seriesId, String forumId, String regionCode, int position)
            implements SchedulingFact {
    }

    /** A forum completed: its host is to pass the baton on (now, or when its suspended series resumes). */
    record ForumCompleted(String seriesId, String forumId) implements SchedulingFact {
    }

    record SeriesCompleted(String seriesId, String lastForumId, String lastRegionCode) implements SchedulingFact {
    }

    /** An operator suspended the series: its baton does not pass until it is resumed. */
    record SeriesSuspended(String seriesId) implements SchedulingFact {
    }

    record SeriesResumed(String seriesId) implements SchedulingFact {
    }

    /** An operator closed the series early: its baton never passes again. */
    record SeriesClosedEarly(String seriesId) implements SchedulingFact {
    }
}
