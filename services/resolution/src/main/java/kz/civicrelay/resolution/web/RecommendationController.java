package kz.civicrelay.resolution.web;

import java.net.URI;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.resolution.application.Drafting;
import kz.civicrelay.resolution.domain.AddresseeKind;
import kz.civicrelay.resolution.domain.Resolution;

@RestController
@RequestMapping("/api/forums/{forumId}/resolution/recommendations")
class RecommendationController {

    private final Drafting drafting;

    RecommendationController(Drafting drafting) {
        this.drafting = drafting;
    }

    @Operation(summary = "Propose a recommendation to the open draft (409 unless a draft is open)")
    @PostMapping
    ResponseEntity<RecommendationView> propose(@PathVariable String forumId,
            @Valid @RequestBody ProposalRequest request, Caller caller) {
        Origin origin = drafting.read(r -> Actors.editor(caller, r, forumId, "propose a recommendation to " + forumId));
        String id = drafting.propose(forumId, AddresseeKind.of(request.addresseeKind()),
                request.addressee().toDomain(), request.text().toDomain(), request.addresseeRegion(), origin);
        URI location = UriComponentsBuilder.fromPath("/api/forums/{forumId}/resolution/recommendations/{id}")
                .buildAndExpand(forumId, id).encode().toUri();
        return ResponseEntity.created(location).body(view(forumId, id, caller));
    }

    @Operation(summary = "One recommendation of the resolution")
    @GetMapping("/{recommendationId}")
    RecommendationView recommendation(@PathVariable String forumId, @PathVariable String recommendationId,
            @Nullable Caller caller) {
        return view(forumId, recommendationId, caller);
    }

    @Operation(summary = "Amend a recommendation's text; its revision goes up by one (409 if withdrawn, voted on or "
            + "adopted)")
    @PutMapping("/{recommendationId}")
    RecommendationView amend(@PathVariable String forumId, @PathVariable String recommendationId,
            @Valid @RequestBody AmendmentRequest request, Caller caller) {
        Origin origin = drafting.read(r -> Actors.editor(caller, r, forumId, "amend a recommendation of " + forumId));
        drafting.amend(forumId, recommendationId, request.text().toDomain(), origin);
        return view(forumId, recommendationId, caller);
    }

    @Operation(summary = "Withdraw a recommendation, with an optional reason (409 if already withdrawn or adopted)")
    @DeleteMapping("/{recommendationId}")
    ResponseEntity<Void> withdraw(@PathVariable String forumId, @PathVariable String recommendationId,
            @RequestParam(required = false) @Nullable String reason, Caller caller) {
        Origin origin = drafting.read(r -> Actors.editor(caller, r, forumId, "withdraw a recommendation of " + forumId));
        drafting.withdraw(forumId, recommendationId, reason, origin);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Merge a duplicate (same addressee, same forum) into this recommendation, optionally with "
            + "the merged text as its next revision; the duplicate is withdrawn as merged")
    @PostMapping("/{recommendationId}/merge")
    RecommendationView merge(@PathVariable String forumId, @PathVariable String recommendationId,
            @Valid @RequestBody MergeRequest request, Caller caller) {
        Origin origin = drafting.read(r -> Actors.editor(caller, r, forumId, "merge recommendations of " + forumId));
        drafting.merge(forumId, recommendationId, request.duplicateForumId() == null ? forumId
                : request.duplicateForumId(), request.duplicate(), request.text() == null ? null
                        : request.text().toDomain(), origin);
        return view(forumId, recommendationId, caller);
    }

    private RecommendationView view(String forumId, String recommendationId, @Nullable Caller caller) {
        return drafting.read(resolutions -> {
            Resolution resolution = Actors.readable(ResolutionController.resolution(resolutions, forumId), caller);
            return RecommendationView.of(resolution, resolution.recommendation(recommendationId));
        });
    }
}
