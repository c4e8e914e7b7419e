package kz.civicrelay.resolution.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.resolution.application.Drafting;
import kz.civicrelay.resolution.domain.AddresseeKind;
import kz.civicrelay.resolution.domain.FollowUpRow;
import kz.civicrelay.resolution.domain.FollowUpStatus;
import kz.civicrelay.resolution.domain.ProgressNote;
import kz.civicrelay.resolution.domain.Resolution;

/**
 * Accountability: what became of each adopted recommendation. Reports come from operators, or from the team of a
 * regional addressee's region; the reports and the series-wide table are public, like the adopted text (who wrote a
 * report is shown to those signed in).
 */
@RestController
class FollowUpController {

    /** One report; {@code by} is null for the public. */
    record ProgressView(FollowUpStatus status, LocalDate reportedOn, @Nullable String note, @Nullable String by,
            Instant at) {

        static ProgressView of(ProgressNote note, boolean signedIn) {
            return new ProgressView(note.status(), note.reportedOn(), note.note(), signedIn ? note.by().actorName()
                    : null, note.by().at());
        }
    }

    /** A table of recommendations: the rows, and how many of them each kind of addressee has in each status. */
    record FollowUpTable(List<FollowUpRow> rows, Map<AddresseeKind, Map<FollowUpStatus, Integer>> byAddressee) {

        static FollowUpTable of(List<FollowUpRow> rows) {
            Map<AddresseeKind, Map<FollowUpStatus, Integer>> counts = new EnumMap<>(AddresseeKind.class);
            rows.forEach(row -> counts.computeIfAbsent(row.addresseeKind(), kind -> new EnumMap<>(FollowUpStatus.class))
                    .merge(row.status(), 1, Integer::sum));
            return new FollowUpTable(rows, counts);
        }
    }

    private final Drafting drafting;

    FollowUpController(Drafting drafting) {
        this.drafting = drafting;
    }

    @Operation(summary = "The follow-up reports on an adopted recommendation, oldest first")
    @GetMapping("/api/forums/{forumId}/resolution/recommendations/{recommendationId}/progress")
    List<ProgressView> progress(@PathVariable String forumId, @PathVariable String recommendationId,
            @Nullable Caller caller) {
        return drafting.read(r -> {
            Resolution resolution = ResolutionController.resolution(r, forumId);
            resolution.recommendation(recommendationId);
            return resolution.progress(recommendationId).stream().map(note -> ProgressView.of(note, caller != null))
                    .toList();
        });
    }

    @Operation(summary = "Report what became of an adopted recommendation: status (NOT_STARTED, IN_PROGRESS, DONE, "
            + "DECLINED), the day it holds for and a note (409 unless adopted)")
    @PostMapping("/api/forums/{forumId}/resolution/recommendations/{recommendationId}/progress")
    List<ProgressView> report(@PathVariable String forumId, @PathVariable String recommendationId,
            @Valid @RequestBody ProgressRequest request, Caller caller) {
        FollowUpStatus status = FollowUpStatus.of(request.status());
        Origin origin = drafting.read(r -> Actors.followUp(caller, ResolutionController.resolution(r, forumId),
                recommendationId, "report the follow-up of " + recommendationId + " of " + forumId));
        drafting.reportProgress(forumId, recommendationId, status, request.reportedOn(), request.note(), origin);
        return progress(forumId, recommendationId, caller);
    }

    @Operation(summary = "The series' adopted recommendations with their follow-up, by addressee and status; "
            + "filter by addresseeKind and status")
    @GetMapping("/api/series/{seriesId}/recommendations")
    FollowUpTable series(@PathVariable String seriesId, @RequestParam(required = false) @Nullable String addresseeKind,
            @RequestParam(required = false) @Nullable String status) {
        AddresseeKind kind = addresseeKind == null ? null : AddresseeKind.of(addresseeKind);
        FollowUpStatus wanted = status == null ? null : FollowUpStatus.of(status);
        return FollowUpTable.of(drafting.read(r -> r.followUp(seriesId)).stream()
                .filter(row -> kind == null || row.addresseeKind() == kind)
                .filter(row -> wanted == null || row.status() == wanted).toList());
    }

    @Operation(summary = "The open recommendations (not started or in progress) of the forums before this one in its "
            + "series")
    @GetMapping("/api/forums/{forumId}/resolution/earlier-open")
    FollowUpTable earlierOpen(@PathVariable String forumId) {
        return FollowUpTable.of(drafting.read(r -> r.openBefore(forumId)));
    }
}
