package kz.civicrelay.resolution.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.resolution.application.Drafting;
import kz.civicrelay.resolution.domain.Language;
import kz.civicrelay.resolution.domain.Revision;
import kz.civicrelay.reference.WordDiff;

/** Every revision of a recommendation, with who wrote it and when, and two revisions side by side, word by word. */
@RestController
@RequestMapping("/api/forums/{forumId}/resolution/recommendations/{recommendationId}")
class RevisionController {

    /** One revision: its number, text, who wrote it (their name and id) and when. */
    record RevisionView(int revision, TextDto text, String by, String byId, Instant at) {

        static RevisionView of(Revision revision) {
            return new RevisionView(revision.revision(), TextDto.of(revision.text()), revision.by().actorName(),
                    revision.by().actorId(), revision.by().at());
        }
    }

    /** Two revisions side by side, and per language (kk, ru, en) the later text as runs kept, removed and added. */
    record DiffView(RevisionView from, RevisionView to, Map<String, List<WordDiff.Run>> changes) {
    }

    private final Drafting drafting;

    RevisionController(Drafting drafting) {
        this.drafting = drafting;
    }

    @Operation(summary = "Every revision of a recommendation, the first (as proposed) first, with who and when")
    @GetMapping("/revisions")
    List<RevisionView> revisions(@PathVariable String forumId, @PathVariable String recommendationId,
            @Nullable Caller caller) {
        Caller.signedIn(caller, "read a recommendation's revisions");
        return drafting.read(r -> ResolutionController.resolution(r, forumId).revisions(recommendationId).stream()
                .map(RevisionView::of).toList());
    }

    @Operation(summary = "Two revisions side by side with their word-level difference in each language "
            + "(from: the one before 'to' when not given; to: the latest)")
    @GetMapping("/diff")
    DiffView diff(@PathVariable String forumId, @PathVariable String recommendationId,
            @RequestParam(required = false) @Nullable Integer from, @RequestParam(required = false) @Nullable Integer to,
            @Nullable Caller caller) {
        List<RevisionView> revisions = revisions(forumId, recommendationId, caller);
        RevisionView later = revision(revisions, to == null ? revisions.size() : to, recommendationId);
        RevisionView earlier = revision(revisions, from == null ? Math.max(1, later.revision() - 1) : from,
                recommendationId);
        Map<String, List<WordDiff.Run>> changes = new TreeMap<>();
        for (Language language : Language.values()) {
            changes.put(language.code(), WordDiff.between(language.of(earlier.text().toDomain()),
                    language.of(later.text().toDomain())));
        }
        return new DiffView(earlier, later, changes);
    }

    private static RevisionView revision(List<RevisionView> revisions, int number, String recommendationId) {
        return revisions.stream().filter(r -> r.revision() == number).findFirst().orElseThrow(
                () -> new NoSuchElementException("Recommendation " + recommendationId + " has no revision " + number
                        + "; it has 1 to " + revisions.size()));
    }
}
