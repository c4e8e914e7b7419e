package kz.civicrelay.resolution.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * One adopted recommendation of a series as its follow-up stands: the forum (its place in the series and host region),
 * the recommendation as adopted, its status and its latest report (none: null).
 */
public record FollowUpRow(String forumId, int position, String regionCode, String recommendationId,
        AddresseeKind addresseeKind, Trilingual addressee, @Nullable String addresseeRegion, Trilingual text,
        FollowUpStatus status, @Nullable LocalDate lastReportedOn, @Nullable String lastNote) {

    /** Every adopted recommendation of the given resolutions (their forums as planned), in the series' order. */
    static List<FollowUpRow> of(List<Resolution> resolutions, java.util.function.Function<String, ScheduledForum> forums) {
        List<FollowUpRow> rows = new ArrayList<>();
        for (Resolution resolution : resolutions) {
            if (resolution.status() != ResolutionStatus.ADOPTED) {
                continue;
            }
            ScheduledForum forum = forums.apply(resolution.forumId());
            for (Recommendation r : resolution.inText()) {
                List<ProgressNote> notes = resolution.progress(r.recommendationId());
                ProgressNote last = notes.isEmpty() ? null : notes.get(notes.size() - 1);
                rows.add(new FollowUpRow(forum.forumId(), forum.position(), forum.regionCode(), r.recommendationId(),
                        r.addresseeKind(), r.addressee(), r.addresseeRegion(), r.text(),
                        resolution.followUpStatus(r.recommendationId()), last == null ? null : last.reportedOn(),
                        last == null ? null : last.note()));
            }
        }
        return rows;
    }
}
