package kz.civicrelay.scheduling.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.scheduling.domain.Series;
import kz.civicrelay.scheduling.domain.SeriesStatus;

/**
 * A series as the API shows it, its forums in plan order; {@code reason}: why it is suspended or was closed
 * early, if given.
 */
record SeriesView(String seriesId, TextDto title, SeriesStatus status, boolean completed, @Nullable TextDto reason,
        @Nullable String batonHolderForumId, List<ForumView> forums) {

    static SeriesView of(Series series) {
        return new SeriesView(series.seriesId(), TextDto.of(series.title().orElseThrow()), series.status(),
                series.isCompleted(), series.reason().map(TextDto::of).orElse(null),
                series.batonHolder().orElse(null), series.forums().stream().map(f -> ForumView.of(series, f)).toList());
    }

    /** One line of the list of series: without its forums. */
    record Summary(String seriesId, TextDto title, SeriesStatus status, @Nullable TextDto reason, int forums,
            long forumsCompleted, @Nullable String batonHolderForumId) {

        static Summary of(Series series) {
            return new Summary(series.seriesId(), TextDto.of(series.title().orElseThrow()), series.status(),
                    series.reason().map(TextDto::of).orElse(null), series.forums().size(),
                    series.forums().stream().filter(f -> series.statusOf(f.forumId())
                            == kz.civicrelay.scheduling.domain.ForumStatus.COMPLETED).count(),
                    series.batonHolder().orElse(null));
        }
    }
}
