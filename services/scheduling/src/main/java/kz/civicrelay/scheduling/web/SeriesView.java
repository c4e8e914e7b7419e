package kz.civicrelay.scheduling.web;

import java.util.List;

import kz.civicrelay.scheduling.domain.Series;

/** The series as the API shows it. */
record SeriesView(String seriesId, TextDto title, boolean completed, List<ForumView> forums) {

    static SeriesView of(Series series) {
        return new SeriesView(series.seriesId().orElseThrow(), TextDto.of(series.title().orElseThrow()), series.isCompleted(),
                series.forums().stream().map(f -> ForumView.of(series, f)).toList());
    }
}
