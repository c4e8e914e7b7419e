package kz.civicrelay.console.web;

import java.util.List;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.console.board.FollowUpTable;
import kz.civicrelay.console.board.RelayBoard;
import kz.civicrelay.console.board.Resolutions;
import kz.civicrelay.console.board.ResolutionView;
import kz.civicrelay.console.board.RevisionView;
import kz.civicrelay.platform.security.Caller;

/**
 * Issue 13's resolution work as the console shows it, folded from the log (the console calls no service to read):
 * a forum's resolution, a recommendation's revisions and the word diff of any two, the series' adopted
 * recommendations with their follow-up, and the open items of a forum's predecessors. The same shapes as the
 * resolution service's reads, and the same rule: a draft, revisions and diffs for those signed in; what was adopted
 * and its follow-up for everyone.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ResolutionController {

    private final RelayBoard board;

    ResolutionController(RelayBoard board) {
        this.board = board;
    }

    @Operation(summary = "The forum's resolution or appeal, draft (signed in) or adopted, recommendations in order "
            + "(404 until its draft opens)")
    @GetMapping("/forums/{forumId}/resolution")
    ResolutionView resolution(@PathVariable String forumId, @Nullable Caller caller) {
        ResolutionView resolution = resolutions().of(forumId).orElseThrow(() -> new NoSuchElementException(
                "Forum " + forumId + " has no resolution (yet): its draft opens when it convenes"));
        if (resolution.status() == ResolutionView.Status.DRAFT) {
            Caller.signedIn(caller, "read a draft resolution");
        }
        return resolution;
    }

    @Operation(summary = "Every revision of a recommendation, the first (as proposed) first, with who and when")
    @GetMapping("/forums/{forumId}/resolution/recommendations/{recommendationId}/revisions")
    List<RevisionView> revisions(@PathVariable String forumId, @PathVariable String recommendationId) {
        return resolutions().revisions(forumId, recommendationId);
    }

    @Operation(summary = "Two revisions side by side with their word-level difference in kk, ru and en "
            + "(to: the latest when not given; from: the one before 'to')")
    @GetMapping("/forums/{forumId}/resolution/recommendations/{recommendationId}/diff")
    RevisionView.Diff diff(@PathVariable String forumId, @PathVariable String recommendationId,
            @RequestParam(required = false) @Nullable Integer from, @RequestParam(required = false) @Nullable Integer to) {
        return resolutions().diff(forumId, recommendationId, from, to);
    }

    @Operation(summary = "The series' adopted recommendations with their follow-up, counted by addressee and status; "
            + "filter by addresseeKind and status")
    @GetMapping("/series/{seriesId}/recommendations")
    FollowUpTable followUp(@PathVariable String seriesId, @RequestParam(required = false) @Nullable String addresseeKind,
            @RequestParam(required = false) @Nullable String status) {
        FollowUpTable.Filter filter = FollowUpTable.Filter.of(addresseeKind, status);
        board.series(seriesId).orElseThrow(() -> new NoSuchElementException("Unknown series " + seriesId));
        return resolutions().followUp(seriesId, filter);
    }

    @Operation(summary = "The open recommendations (not started or in progress) of the forums before this one in its "
            + "series")
    @GetMapping("/forums/{forumId}/resolution/earlier-open")
    FollowUpTable earlierOpen(@PathVariable String forumId) {
        board.forum(forumId).orElseThrow(() -> new NoSuchElementException("Unknown forum " + forumId));
        return resolutions().earlierOpen(forumId);
    }

    private Resolutions resolutions() {
        return board.resolutions();
    }
}
