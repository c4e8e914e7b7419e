package kz.civicrelay.scheduling.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Regions;
import kz.civicrelay.scheduling.domain.ForumStatus;
import kz.civicrelay.scheduling.domain.PlannedForum;
import kz.civicrelay.scheduling.domain.Series;

/** A forum as the API shows it. */
record ForumView(String seriesId, String forumId, int position, String regionCode, TextDto region, TextDto localTitle, TextDto theme,
        TextDto city, TextDto venue, LocalDate startDate, LocalDate endDate, int capacity, boolean international,
        @Nullable Integer delegationQuota, ForumStatus status, boolean editable, @Nullable String adoptedResolutionId) {

    static ForumView of(Series series, PlannedForum f) {
        return new ForumView(series.seriesId(), f.forumId(), f.position(), f.regionCode(),
                TextDto.of(Regions.byCode(f.regionCode()).name()), TextDto.of(f.localTitle()), TextDto.of(f.theme()),
                TextDto.of(f.city()), TextDto.of(f.venue()), f.startDate(), f.endDate(), f.capacity(),
                f.international(), f.delegationQuota(), series.statusOf(f.forumId()), series.isEditable(f.forumId()),
                series.adoptedResolutionOf(f.forumId()).orElse(null));
    }
}
