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

    /** What one who may not see a registration learns of the seat the same person holds: its id and state. */
    record SeatView(String participantId, String forumId, String status) {
    }

    @Operation(summary = "Register a participant: 201 with the new registration; 200 with the existing one if the same "
            + "person (same e-mail, phone, or - without either - name and organisation) holds a seat already; 409 "
            + "unless registration is open and a seat is left. A participant registers themself (an e-mail address "
            + "required); a region's team registers people of its region; operators anyone")
    @PostMapping
    ResponseEntity<?> register(@PathVariable String forumId, @Valid @RequestBody RegisterRequest request,
            Caller caller) {
        Grant[] grants = Actors.mayRegister(request.regionOfOrigin());
        Origin origin = caller.authorize("register a participant from " + request.regionOfOrigin(), grants);
        boolean self = caller.firstOf(grants).map(g -> g.role() == RelayRole.PARTICIPANT).orElse(false);
        if (self && (request.email() == null || request.email().isBlank())) {
            throw new IllegalArgumentException("email is required when a person registers themself");
        }
        RegistrationDesk.Seat seat = desk.register(forumId, UUID.randomUUID().toString(), request.toDomain(),
                self ? caller.subject() : null, origin);
        return desk.read(registrations -> {
            Participant participant = registrations.forum(forumId).participant(seat.participantId());
            if (seat.created()) {
                return ResponseEntity.created(URI.create("/api/forums/" + forumId + "/participants/"
                        + seat.participantId())).body(ParticipantView.of(forumId, participant));
            }
            return ResponseEntity.ok(Actors.mayHandle(caller, participant) ? ParticipantView.of(forumId, participant)
                    : new SeatView(seat.participantId(), forumId, "REGISTERED"));
        });
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
