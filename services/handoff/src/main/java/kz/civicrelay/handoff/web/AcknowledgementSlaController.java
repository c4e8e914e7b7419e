package kz.civicrelay.handoff.web;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.handoff.application.Handoff;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.Grant;
import kz.civicrelay.platform.security.RelayRole;

@RestController
@RequestMapping("/api/series")
class AcknowledgementSlaController {

    /** The longest SLA an operator may set: 30 days. */
    static final int MAX_HOURS = 720;

    private final Handoff handoff;

    AcknowledgementSlaController(Handoff handoff) {
        this.handoff = handoff;
    }

    /** How many hours the receiving teams of the series have to acknowledge the baton. */
    record SlaRequest(@Positive @Max(MAX_HOURS) int hours) {
    }

    record SlaView(String seriesId, long hours) {
    }

    @Operation(summary = "An operator sets how many hours the receiving teams of a series have to acknowledge the "
            + "baton (1 to 720); reminders go at 50% and 75% of it, the escalation at 100%. 400 for hours out of "
            + "range, 404 for an unknown series")
    @PutMapping("/{seriesId}/acknowledgement-sla")
    SlaView set(@PathVariable String seriesId, @Valid @RequestBody SlaRequest request, Caller caller) {
        Origin origin = caller.authorize("set the acknowledgement SLA of " + seriesId,
                Grant.role(RelayRole.OPERATOR));
        handoff.setAcknowledgementSla(seriesId, Duration.ofHours(request.hours()), origin);
        return new SlaView(seriesId, handoff.read(relay -> relay.acknowledgementSla(seriesId)).toHours());
    }
}
