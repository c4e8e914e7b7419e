package kz.civicrelay.registration.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
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

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.Grant;
import kz.civicrelay.platform.security.RelayRole;
import kz.civicrelay.registration.application.RegistrationDesk;
import kz.civicrelay.platform.checkin.CheckInCodes;
import kz.civicrelay.registration.domain.ForumRegistration;
import kz.civicrelay.registration.domain.Participant;
import kz.civicrelay.registration.domain.Standing;

@RestController
@RequestMapping("/api/forums/{forumId}/participants")
class ParticipantController {

    private final RegistrationDesk desk;
    private final CheckInCodes codes;

    ParticipantController(RegistrationDesk desk, CheckInCodes codes) {
        this.desk = desk;
        this.codes = codes;
    }

    record ReasonRequest(@Size(max = 500) String reason) {
    }

    /** What one who may not see a registration learns of the one the same person holds: its id and standing. */
    record SeatView(String participantId, String forumId, Standing status) {
    }

    @Operation(summary = "Ask for a seat: 201 with the new registration; 202 with a place on the waitlist when every "
            + "seat is taken; 200 with the existing one if the same person (same e-mail, phone, or - without either - "
            + "name and organisation) holds or waits for a seat already; 409 unless registration is open. A "
            + "participant registers themself (an e-mail address required); a region's team registers people of its "
            + "region; operators anyone")
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
            ForumRegistration forum = registrations.forum(forumId);
            Participant participant = forum.participant(seat.participantId());
            URI location = URI.create("/api/forums/" + forumId + "/participants/" + seat.participantId());
            return switch (seat.outcome()) {
                case REGISTERED -> ResponseEntity.created(location).body(ParticipantView.of(forum, participant, codes));
                case WAITLISTED -> ResponseEntity.status(HttpStatus.ACCEPTED).location(location)
                        .body(ParticipantView.of(forum, participant, codes));
                case EXISTING -> ResponseEntity.ok(Actors.mayHandle(caller, participant)
                        ? ParticipantView.of(forum, participant, codes)
                        : new SeatView(seat.participantId(), forumId, participant.standing()));
            };
        });
    }

    @Operation(summary = "The registrations for the forum the caller may see (operators: all; a region's team: its "
            + "region's; a participant: their own), ended ones included, in the order they were made (by registration "
            + "time, then participant id); ?status=WAITLISTED (or another standing) keeps those only")
    @GetMapping
    List<ParticipantView> participants(@PathVariable String forumId, @RequestParam(required = false)
            @Nullable Standing status, Caller caller) {
        return desk.read(registrations -> {
            ForumRegistration forum = registrations.forum(forumId);
            return ParticipantView.of(forum, forum.participants().stream()
                    .filter(p -> status == null || p.standing() == status)
                    .filter(p -> Actors.mayHandle(caller, p)).toList(), codes);
        });
    }

    @Operation(summary = "One registration (403 unless the caller may see it)")
    @GetMapping("/{participantId}")
    ParticipantView participant(@PathVariable String forumId, @PathVariable String participantId, Caller caller) {
        return desk.read(registrations -> {
            ForumRegistration forum = registrations.forum(forumId);
            Participant participant = forum.participant(participantId);
            caller.authorize("see registration " + participantId, Actors.mayHandle(participant));
            return ParticipantView.of(forum, participant, codes);
        });
    }

    @Operation(summary = "Cancel a registration, freeing its seat for the first on the waitlist, or leave the "
            + "waitlist (409 once registration closed or if already ended)")
    @DeleteMapping("/{participantId}")
    ResponseEntity<Void> cancel(@PathVariable String forumId, @PathVariable String participantId,
            @RequestParam(required = false) @Nullable String reason,
            @Valid @RequestBody(required = false) @Nullable ReasonRequest body, Caller caller) {
        desk.cancel(forumId, participantId, reason != null ? reason : body == null ? null : body.reason(),
                mayHandle(forumId, participantId, "cancel", caller));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Give back a seat taken by promotion from the waitlist; the next on the waitlist takes it "
            + "(409 unless the registration was promoted and registration is open)")
    @PostMapping("/{participantId}/decline")
    ResponseEntity<Void> decline(@PathVariable String forumId, @PathVariable String participantId,
            @Valid @RequestBody(required = false) @Nullable ReasonRequest body, Caller caller) {
        desk.decline(forumId, participantId, body == null ? null : body.reason(),
                mayHandle(forumId, participantId, "decline the promotion of", caller));
        return ResponseEntity.noContent().build();
    }

    /** The sessions of the programme a person holding a seat chooses (replacing an earlier choice). */
    record SessionsRequest(@jakarta.validation.constraints.NotNull @Size(max = 30) List<@jakarta.validation.constraints.NotBlank String> sessionIds) {
    }

    @Operation(summary = "Choose sessions of the forum's programme, replacing an earlier choice (an empty list: none): "
            + "known sessions, none at the same time as another, each within its capacity (409 when full, when the "
            + "registration holds no seat or registration is not open)")
    @PutMapping("/{participantId}/sessions")
    ParticipantView chooseSessions(@PathVariable String forumId, @PathVariable String participantId,
            @Valid @RequestBody SessionsRequest request, Caller caller) {
        desk.chooseSessions(forumId, participantId, request.sessionIds(),
                mayHandle(forumId, participantId, "choose the sessions of", caller));
        return desk.read(registrations -> {
            ForumRegistration forum = registrations.forum(forumId);
            return ParticipantView.of(forum, forum.participant(participantId), codes);
        });
    }

    private Origin mayHandle(String forumId, String participantId, String act, Caller caller) {
        return desk.read(registrations -> caller.authorize(act + " registration " + participantId,
                Actors.mayHandle(registrations.forum(forumId).participant(participantId))));
    }
}
