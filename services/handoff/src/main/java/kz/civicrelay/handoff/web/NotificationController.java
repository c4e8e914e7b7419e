package kz.civicrelay.handoff.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.handoff.application.Handoff;
import kz.civicrelay.handoff.domain.Notification;
import kz.civicrelay.reference.Regions;

@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final Handoff handoff;

    NotificationController(Handoff handoff) {
        this.handoff = handoff;
    }

    /**
     * A regional team confirms it received the baton. {@code regionCode}, optional, must be the recipient's: the
     * team is the signed-in caller's.
     */
    record AcknowledgeRequest(@Pattern(regexp = "KZ-\\d{2}") @Nullable String regionCode,
            @Size(max = 1000) @Nullable String comment) {
    }

    @Operation(summary = "Notifications to the regional teams by time issued, then region code, optionally for one "
            + "region (400 for an unknown region). A region's team sees its own region's only (403 for another's)")
    @GetMapping
    List<NotificationView> notifications(@RequestParam(required = false) @Nullable String region, Caller caller) {
        if (region != null && !Regions.isKnown(region)) {
            throw new IllegalArgumentException("Unknown region code " + region);
        }
        String only = region != null ? region : Actors.seesEveryRegion(caller) ? null : caller.region();
        if (only != null) {
            caller.authorize("read the notifications of " + only, Actors.mayRead(only));
        }
        return handoff.read(relay -> relay.notifications().stream()
                .filter(n -> only == null || n.recipientRegionCode().equals(only))
                .map(NotificationView::of).toList());
    }

    @Operation(summary = "One notification (404 if unknown)")
    @GetMapping("/{notificationId}")
    NotificationView notification(@PathVariable String notificationId, Caller caller) {
        return handoff.read(relay -> {
            Notification notification = relay.notification(notificationId);
            caller.authorize("read notification " + notificationId, Actors.mayRead(notification.recipientRegionCode()));
            return NotificationView.of(notification);
        });
    }

    @Operation(summary = "The recipient team acknowledges the baton (404 unknown, 400 not the recipient, "
            + "409 already acknowledged or no acknowledgement required)")
    @PostMapping("/{notificationId}/acknowledge")
    NotificationView acknowledge(@PathVariable String notificationId, @Valid @RequestBody AcknowledgeRequest request,
            Caller caller) {
        String recipient = handoff.read(relay -> relay.notification(notificationId).recipientRegionCode());
        Origin origin = caller.authorize("acknowledge notification " + notificationId, Actors.mayAcknowledge(recipient));
        handoff.acknowledge(notificationId, request.regionCode() != null ? request.regionCode() : recipient,
                request.comment(), origin);
        return view(notificationId);
    }

    private NotificationView view(String notificationId) {
        return handoff.read(relay -> NotificationView.of(relay.notification(notificationId)));
    }
}
