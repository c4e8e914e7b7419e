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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.Grant;
import kz.civicrelay.platform.security.RelayRole;
import kz.civicrelay.registration.domain.Participant;

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

    @Operation(summary = "Register a participant (409 unless registration is open, while seats are left, once a person). "
            + "A participant registers themself; a region's team registers people of its region; operators anyone")
    @PostMapping
    ResponseEntity<ParticipantView> register(@PathVariable String forumId, @Valid @RequestBody RegisterRequest request,
            Caller caller) {
        String participantId = UUID.randomUUID().toString();
        Grant[] grants = Actors.mayRegister(request.regionOfOrigin());
        Origin origin = caller.authorize("register a participant from " + request.regionOfOrigin(), grants);
        boolean self = caller.firstOf(grants).map(g -> g.role() == RelayRole.PARTICIPANT).orElse(false);
        desk.register(forumId, participantId, request.toDomain(), self ? caller.subject() : null, origin);
        return ResponseEntity.created(URI.create("/api/forums/" + forumId + "/participants/" + participantId))
                .body(desk.read(registrations -> ParticipantView.of(forumId,
                        registrations.forum(forumId).participant(participantId))));
    }

    @Operation(summary = "The registrations for the forum the caller may see (operators: all; a region's team: its "
            + "region's; a participant: their own), cancelled ones included, in the order they were made "
            + "(by registration time, then participant id)")
    @GetMapping
    List<ParticipantView> participants(@PathVariable String forumId, Caller caller) {
        return desk.read(registrations -> registrations.forum(forumId).participants().stream()
                .filter(p -> Actors.mayHandle(caller, p)).map(p -> ParticipantView.of(forumId, p)).toList());
    }

    @Operation(summary = "One registration (403 unless the caller may see it)")
    @GetMapping("/{participantId}")
    ParticipantView participant(@PathVariable String forumId, @PathVariable String participantId, Caller caller) {
        return desk.read(registrations -> {
            Participant participant = registrations.forum(forumId).participant(participantId);
            caller.authorize("see registration " + participantId, Actors.mayHandle(participant));
            return ParticipantView.of(forumId, participant);
        });
    }

    @Operation(summary = "Cancel a registration and free its seat (409 once registration closed or if already cancelled)")
    @DeleteMapping("/{participantId}")
    ResponseEntity<Void> cancel(@PathVariable String forumId, @PathVariable String participantId,
            @RequestParam(required = false) @Nullable String reason, @Valid @RequestBody(required = false) @Nullable CancelRequest body,
            Caller caller) {
        String why = reason != null ? reason : body == null ? null : body.reason();
        Origin origin = desk.read(registrations -> caller.authorize("cancel registration " + participantId,
                Actors.mayHandle(registrations.forum(forumId).participant(participantId))));
        desk.cancel(forumId, participantId, why, origin);
        return ResponseEntity.noContent().build();
    }
}
