package kz.civicrelay.scheduling.domain;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/** The facts the scheduling service records. */
public sealed interface SchedulingEvent {

    /** The forum the event is about; null for series-wide events. */
    @Nullable String forumId();

    /** An event about a whole series rather than one of its forums. */
    sealed interface SeriesWide extends SchedulingEvent {

        String seriesId();

        @Override
        default @Nullable String forumId() {
            return null;
        }
    }

    record SeriesPlanned(String seriesId, Trilingual title, List<String> hostOrder, List<String> forumIds)
            implements SeriesWide {
    }

    record ForumScheduled(PlannedForum forum) implements SchedulingEvent {
        public String forumId() {
            return forum.forumId();
        }
    }

    record PreparationOpened(String forumId, int position, String regionCode, @Nullable String previousRegionCode)
            implements SchedulingEvent {
    }

    record ForumConvened(String forumId, int position, String regionCode) implements SchedulingEvent {
    }

    record ForumCompleted(String forumId, int position, String regionCode, String resolutionId)
            implements SchedulingEvent {
    }

    record ForumPostponed(String forumId, LocalDate startDate, LocalDate endDate, Trilingual reason)
            implements SchedulingEvent {
    }

    record ForumCancelled(String forumId, Trilingual reason) implements SchedulingEvent {
    }

    /** The forum's whole programme, set or replaced before the baton reached the forum; sessions in time order. */
    record ForumProgrammeSet(String forumId, List<ProgrammeSession> sessions) implements SchedulingEvent {

        public ForumProgrammeSet {
            sessions = List.copyOf(sessions);
        }
    }

    record SeriesCompleted(String seriesId, int forumCount, String lastForumId, String lastRegionCode)
            implements SeriesWide {
    }

    /** The baton stops where it is until the series is resumed; the reason, if the operator gave one. */
    record SeriesSuspended(String seriesId, @Nullable Trilingual reason) implements SeriesWide {
    }

    record SeriesResumed(String seriesId) implements SeriesWide {
    }

    /** The series ends before its last forum: nothing of it changes any more. */
    record SeriesClosedEarly(String seriesId, Trilingual reason, int forumsCompleted,
            @Nullable String batonHolderForumId) implements SeriesWide {
    }
}
