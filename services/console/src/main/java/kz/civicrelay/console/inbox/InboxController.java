package kz.civicrelay.console.inbox;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.civicrelay.console.board.InboxEntry;
import kz.civicrelay.console.board.RelayBoard;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.RelayRole;
import kz.civicrelay.reference.Regions;

/**
 * A team's inbox, read from the log like the rest of the console, and the acknowledgement of the baton, which is
 * handoff's decision: the console passes it on with the caller's own access token, so the event names the person
 * who acknowledged and handoff checks their right to.
 */
@RestController
class InboxController {

    private static final int NEWEST = 200;

    private final RelayBoard board;
    private final HandoffAcknowledgements acknowledgements;

    InboxController(RelayBoard board, HandoffAcknowledgements acknowledgements) {
        this.board = board;
        this.acknowledgements = acknowledgements;
    }

    @Operation(summary = "The newest notifications to the caller's region (a team), or to ?region= (operators: "
            + "every region's without it); newest first, at most 200")
    @GetMapping(path = "/api/inbox", produces = MediaType.APPLICATION_JSON_VALUE)
    List<InboxEntry> inbox(@RequestParam(required = false) @Nullable String region, Caller caller) {
        if (region != null && !Regions.isKnown(region)) {
            throw new IllegalArgumentException("Unknown region code " + region);
        }
        String only = caller.has(RelayRole.OPERATOR) ? region : caller.region();
        if (only == null && !caller.has(RelayRole.OPERATOR)) {
            throw new IllegalArgumentException("A regional team's token names its region; this one names none");
        }
        if (region != null && !region.equals(only)) {
            throw new kz.civicrelay.platform.security.ForbiddenException("A regional team reads its own region's notifications only");
        }
        return board.inbox(only, NEWEST);
    }

    @Operation(summary = "Acknowledges the baton at the handoff service as the caller (its answer passed on as is)")
    @PostMapping(path = "/api/notifications/{notificationId}/acknowledge", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> acknowledge(@PathVariable String notificationId, @RequestBody(required = false) @Nullable String body,
            HttpServletRequest request, HttpServletResponse response) {
        return acknowledgements.acknowledge(notificationId, body == null || body.isBlank() ? "{}" : body, request, response);
    }
}
