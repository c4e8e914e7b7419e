package kz.civicrelay.registration.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.registration.application.RegistrationDesk;

@RestController
@RequestMapping("/api/forums/{forumId}/participants")
class ParticipantController {

    private final RegistrationDesk desk;

    ParticipantController(RegistrationDesk desk) {
        this.desk = desk;
    }

    record CancelRequest(@Size(max = 500) String reason) {
    }

    @Operation(summary = "Register a participant (409 unless registration is open, while seats are left, once a person)")
    @PostMapping
    ResponseEntity<ParticipantView> register(@PathVariable String forumId, @Valid @RequestBody RegisterRequest request,
            @RequestHeader(name = Actors.HEADER, required = false) @Nullable String actor) {
        String participantId = UUID.randomUUID().toString();
        desk.register(forumId, participantId, request.toDomain(), Actors.participant(actor, participantId));
        return ResponseEntity.created(URI.create("/api/forums/" + forumId + "/participants/" + participantId))
                .body(view(forumId, participantId));
    }

    @Operation(summary = "Every registration for the forum, cancelled ones included, in the order they were made "
            + "(by registration time, then participant id)")
    @GetMapping
    List<ParticipantView> participants(@PathVariable String forumId) {
        return desk.read(registrations -> registrations.forum(forumId).participants().stream()
                .map(p -> ParticipantView.of(forumId, p)).toList());
    }

    @Operation(summary = "One registration")
    @GetMapping("/{participantId}")
    ParticipantView participant(@PathVariable String forumId, @PathVariable String participantId) {
        return view(forumId, participantId);
    }

    @Operation(summary = "Cancel a registration and free its seat (409 once registration closed or if already cancelled)")
    @DeleteMapping("/{participantId}")
    ResponseEntity<Void> cancel(@PathVariable String forumId, @PathVariable String participantId,
            @RequestParam(required = false) @Nullable String reason, @Valid @RequestBody(required = false) @Nullable CancelRequest body,
            @RequestHeader(name = Actors.HEADER, required = false) @Nullable String actor) {
        String why = reason != null ? reason : body == null ? null : body.reason();
        desk.cancel(forumId, participantId, why, Actors.participant(actor, participantId));
        return ResponseEntity.noContent().build();
    }

    private ParticipantView view(String forumId, String participantId) {
        return desk.read(registrations -> ParticipantView.of(forumId,
                registrations.forum(forumId).participant(participantId)));
    }
}
