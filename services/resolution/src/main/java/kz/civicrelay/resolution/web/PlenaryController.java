package kz.civicrelay.resolution.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.resolution.application.Drafting;

/** The plenary: its votes on single recommendations and the adoption of the whole text, recorded by operators. */
@RestController
@RequestMapping("/api/forums/{forumId}/resolution")
class PlenaryController {

    private final Drafting drafting;

    PlenaryController(Drafting drafting) {
        this.drafting = drafting;
    }

    @Operation(summary = "Record the plenary's vote on one recommendation, once (400 if the counts do not add up); "
            + "one not carried stays out of the adopted text")
    @PostMapping("/recommendations/{recommendationId}/vote")
    RecommendationView vote(@PathVariable String forumId, @PathVariable String recommendationId,
            @Valid @RequestBody VoteDto vote, Caller caller) {
        drafting.vote(forumId, recommendationId, vote.toDomain(), Actors.operator(caller,
                "record the plenary's vote on " + recommendationId + " of " + forumId));
        return drafting.read(r -> RecommendationView.of(ResolutionController.resolution(r, forumId),
                ResolutionController.resolution(r, forumId).recommendation(recommendationId)));
    }

    @Operation(summary = "Adopt the text, optionally with the plenary's vote on the whole of it (which must be "
            + "carried): frozen and named by the SHA-256 of its canonical form (409 if empty or already adopted)")
    @PostMapping("/adopt")
    ResolutionView adopt(@PathVariable String forumId, @RequestBody(required = false) @Nullable AdoptionRequest request,
            Caller caller) {
        drafting.adopt(forumId, request == null ? null : request.vote(), Actors.operator(caller, "adopt a resolution"));
        return drafting.read(r -> ResolutionView.of(ResolutionController.resolution(r, forumId)));
    }
}
