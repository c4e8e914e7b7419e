package kz.civicrelay.handoff.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.handoff.application.Handoff;
import kz.civicrelay.reference.Regions;

@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final Handoff handoff;

    NotificationController(Handoff handoff) {
        this.handoff = handoff;
    }

    /** A regional team confirms it received the baton. */
    record AcknowledgeRequest(@NotBlank @Pattern(regexp = "KZ-\\d{2}") String regionCode,
            @Size(max = 1000) @Nullable String comment) {
    }

    @Operation(summary = "Notifications to the regional teams by time issued, then region code, optionally for one "
            + "region (400 for an unknown region)")
    @GetMapping
    List<NotificationView> notifications(@RequestParam(required = false) @Nullable String region) {
        if (region != null && !Regions.isKnown(region)) {
            throw new IllegalArgumentException("Unknown region code " + region);
        }
        return handoff.read(relay -> relay.notifications().stream()
                .filter(n -> region == null || n.recipientRegionCode().equals(region))
                .map(NotificationView::of).toList());
    }

    @Operation(summary = "One notification (404 if unknown)")
    @GetMapping("/{notificationId}")
    NotificationView notification(@PathVariable String notificationId) {
        return view(notificationId);
    }

    @Operation(summary = "The recipient team acknowledges the baton (404 unknown, 400 not the recipient, "
            + "409 already acknowledged or no acknowledgement required)")
    @PostMapping("/{notificationId}/acknowledge")
    NotificationView acknowledge(@PathVariable String notificationId, @Valid @RequestBody AcknowledgeRequest request,
            @RequestHeader(name = Actors.HEADER, required = false) @Nullable String actor) {
        handoff.acknowledge(notificationId, request.regionCode(), request.comment(),
                Actors.regionalTeam(actor, request.regionCode()));
        return view(notificationId);
    }

    private NotificationView view(String notificationId) {
        return handoff.read(relay -> NotificationView.of(relay.notification(notificationId)));
    }
}
