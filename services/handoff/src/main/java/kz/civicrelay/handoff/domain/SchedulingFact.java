package kz.civicrelay.handoff.domain;

import java.util.List;

/** What handoff learns from scheduling's events and keeps in its state (the plan and where the baton is). */
public sealed interface SchedulingFact {

    String seriesId();

    /** The plan: forum ids and host regions in the order the baton travels (position = index + 1). */
    record SeriesPlanned(String seriesId, List<String> hostOrder, List<String> forumIds) implements SchedulingFact {
        public SeriesPlanned {
            hostOrder = List.copyOf(hostOrder);
            forumIds = List.copyOf(forumIds);
            if (hostOrder.size() != forumIds.size()) {
                throw new IllegalArgumentException("Plan of " + seriesId + " lists " + forumIds.size()
                        + " forums but " + hostOrder.size() + " host regions");
            }
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

    record SeriesCompleted(String seriesId, String lastForumId, String lastRegionCode) implements SchedulingFact {
    }
}
