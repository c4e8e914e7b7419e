package kz.civicrelay.registration.checkin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.Grant;
import kz.civicrelay.platform.security.RelayRole;
import kz.civicrelay.reference.Regions;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.platform.checkin.CheckInCodes;
import kz.civicrelay.platform.checkin.QrImages;
import kz.civicrelay.registration.application.RegistrationDesk;
import kz.civicrelay.registration.domain.AlreadyCheckedIn;
import kz.civicrelay.registration.domain.AttendanceFigures;
import kz.civicrelay.registration.domain.Delegation;
import kz.civicrelay.registration.domain.ForumRegistration;
import kz.civicrelay.registration.domain.Participant;
import kz.civicrelay.registration.domain.ParticipantCategory;
import kz.civicrelay.registration.domain.Registrant;
import kz.civicrelay.registration.web.Actors;

/**
 * Check-in at the forum's door (decision 0019): a registration's QR code, the scan that marks attendance once,
 * and the attendance figures.
 */
@RestController
class CheckInController {

    /** Kazakhstan's time (one zone, UTC+5, since 2024), as door staff read it. */
    static final ZoneOffset KAZAKHSTAN = ZoneOffset.ofHours(5);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final RegistrationDesk desk;
    private final CheckInCodes codes;

    CheckInController(RegistrationDesk desk, CheckInCodes codes) {
        this.desk = desk;
        this.codes = codes;
    }

    record CheckInRequest(@NotBlank @Size(max = 500) String code) {
    }

    /** Who was let in: enough for door staff to compare with the person before them. */
    record CheckInView(String participantId, String forumId, String fullName, String organisation,
            ParticipantCategory category, String regionOfOrigin, Trilingual region, @Nullable String delegationId,
            boolean delegationHead, Instant checkedInAt) {

        static CheckInView of(String forumId, Participant participant) {
            Registrant r = participant.registrant();
            Delegation delegation = participant.delegation();
            Instant at = participant.checkedInAt();
            if (at == null) {
                throw new IllegalStateException("Registration " + participant.participantId() + " is not checked in");
            }
            return new CheckInView(participant.participantId(), forumId, r.fullName(), r.organisation(), r.category(),
                    r.regionOfOrigin(), Regions.byCode(r.regionOfOrigin()).name(),
                    delegation == null ? null : delegation.delegationId(), delegation != null && delegation.head(), at);
        }
    }

    /** Seats held and people checked in: in all, and by dimension (category, region, session). */
    record AttendanceView(String forumId, AttendanceFigures.Tally total,
            Map<String, Map<String, AttendanceFigures.Tally>> by) {
    }

    @Operation(summary = "Check a person in at the door by the code of their registration's QR: 200 with their name "
            + "and category the first time; 409 naming the first time on a second scan; 409 for a registration on the "
            + "waitlist, cancelled or ended; 400 for a code that is forged, malformed or of another forum. Allowed "
            + "while registration is open and after it closed (the forum convenes). Operators and the host region's "
            + "team")
    @PostMapping("/api/forums/{forumId}/check-in")
    CheckInView checkIn(@PathVariable String forumId, @Valid @RequestBody CheckInRequest request, Caller caller) {
        String host = desk.read(registrations -> registrations.forum(forumId).regionCode());
        Origin origin = caller.authorize("check people in at " + forumId, Grant.role(RelayRole.OPERATOR),
                Grant.inRegion(RelayRole.REGIONAL_TEAM, host == null ? "" : host));
        CheckInCodes.Claim claim = codes.verify(request.code())
                .orElseThrow(() -> new IllegalArgumentException("Not a valid check-in code: it was not issued by "
                        + "this relay (forged, mistyped or cut short)"));
        if (!claim.forumId().equals(forumId)) {
            throw new IllegalArgumentException("This check-in code is for forum " + claim.forumId() + ", not "
                    + forumId);
        }
        desk.checkIn(forumId, claim.participantId(), origin);
        return desk.read(registrations -> CheckInView.of(forumId,
                registrations.forum(forumId).participant(claim.participantId())));
    }

    @Operation(summary = "The registration's check-in code as a QR image (PNG), for its confirmation: the person, "
            + "their region's team and operators; 409 for a registration that holds no seat or without a check-in key")
    @GetMapping("/api/forums/{forumId}/participants/{participantId}/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String forumId, @PathVariable String participantId, Caller caller) {
        String code = desk.read(registrations -> {
            Participant participant = registrations.forum(forumId).participant(participantId);
            caller.authorize("see registration " + participantId, Actors.mayHandle(participant));
            if (!participant.holdsSeat()) {
                throw new IllegalStateException("Registration " + participantId + " holds no seat ("
                        + participant.standing() + "): it has no check-in code");
            }
            return codes.codeFor(forumId, participantId).orElseThrow(() -> new IllegalStateException(
                    "Check-in is not enabled here: relay.checkin.key is not set"));
        });
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(QrImages.png(code));
    }

    @Operation(summary = "Attendance: seats held and people checked in, in all, by category and by region of origin "
            + "and by the sessions people chose. Operators and regional teams")
    @GetMapping("/api/forums/{forumId}/attendance")
    AttendanceView attendance(@PathVariable String forumId, Caller caller) {
        caller.authorize("see the attendance at " + forumId, Grant.role(RelayRole.OPERATOR),
                Grant.role(RelayRole.REGIONAL_TEAM));
        return desk.read(registrations -> {
            ForumRegistration forum = registrations.forum(forumId);
            AttendanceFigures figures = forum.attendance();
            return new AttendanceView(forumId, figures.total(), figures.byDimension());
        });
    }

    @ExceptionHandler(AlreadyCheckedIn.class)
    ResponseEntity<ProblemDetail> alreadyCheckedIn(AlreadyCheckedIn e) {
        Instant first = e.firstAt();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.fullName()
                + " was checked in already " + (first == null ? "a moment ago"
                        : "at " + LOCAL.format(first.atOffset(KAZAKHSTAN)) + " (Kazakhstan time, UTC+5)"));
        problem.setTitle("Checked in already");
        problem.setProperty("participantId", e.participantId());
        problem.setProperty("fullName", e.fullName());
        if (first != null) {
            problem.setProperty("firstCheckedInAt", first.toString());
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
