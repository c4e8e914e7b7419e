package kz.civicrelay.handoff.web;

import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.handoff.application.Handoff;
import kz.civicrelay.handoff.domain.Notification;
import kz.civicrelay.handoff.web.AcknowledgementPage.State;
import kz.civicrelay.platform.core.StandbyException;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.Grant;
import kz.civicrelay.platform.security.RelayRole;

/**
 * Where a regional team lands from the acknowledgement link in its e-mail, without signing in: the signed token
 * is the authority, for one notification and its recipient region until it expires. The page (GET) only shows:
 * mail scanners open links. Its button posts the token back, which acknowledges as the region's team, recorded
 * as subject {@value #SUBJECT} of that region; the token itself is never recorded or logged.
 */
@RestController
class AcknowledgementLinkController {

    /** The subject of the actor an acknowledgement by link is recorded as. */
    static final String SUBJECT = "acknowledgement-link";
    private static final int MAX_COMMENT = 1000;

    private final Handoff handoff;
    private final AcknowledgementLinkCheck links;
    private final AcknowledgementPage page;

    AcknowledgementLinkController(Handoff handoff, AcknowledgementLinkCheck links, AcknowledgementPage page) {
        this.handoff = handoff;
        this.links = links;
        this.page = page;
    }

    @Operation(summary = "The page of an e-mail's acknowledgement link (HTML, kk/ru/en): the notification and a "
            + "button that acknowledges it. Changes nothing. 403 invalid or expired token, 404 unknown, 503 no link key")
    @GetMapping("/acknowledge/{notificationId}")
    ResponseEntity<String> page(@PathVariable String notificationId,
            @RequestParam(required = false) @Nullable String token) {
        if (!links.configured()) {
            return page.show(State.UNAVAILABLE, notificationId);
        }
        Optional<String> region = links.regionFor(notificationId, token);
        if (region.isEmpty()) {
            return page.show(State.INVALID, notificationId);
        }
        Optional<Notification> notification = find(notificationId);
        if (notification.isEmpty()) {
            return page.show(State.UNKNOWN, notificationId);
        }
        Notification n = notification.get();
        if (!n.recipientRegionCode().equals(region.get())) {
            return page.show(State.INVALID, notificationId);
        }
        State state = n.acknowledged() ? State.ALREADY : n.acknowledgementRequired() ? State.FORM : State.NOT_REQUIRED;
        return page.show(state, notificationId, n, token);
    }

    @Operation(summary = "Acknowledge by the e-mail's link (form field token, optional comment): 200 acknowledged, "
            + "409 already acknowledged, 403 invalid or expired token, 404 unknown notification, 503 no link key")
    @PostMapping("/acknowledge/{notificationId}")
    ResponseEntity<String> acknowledge(@PathVariable String notificationId,
            @RequestParam(required = false) @Nullable String token,
            @RequestParam(required = false) @Nullable String comment) {
        if (!links.configured()) {
            return page.show(State.UNAVAILABLE, notificationId);
        }
        Optional<String> region = links.regionFor(notificationId, token);
        if (region.isEmpty()) {
            return page.show(State.INVALID, notificationId);
        }
        Optional<Notification> found = find(notificationId);
        if (found.isEmpty()) {
            return page.show(State.UNKNOWN, notificationId);
        }
        Notification notification = found.get();
        String regionCode = region.get();
        if (!notification.recipientRegionCode().equals(regionCode)) {
            return page.show(State.INVALID, notificationId);
        }
        if (notification.acknowledged()) {
            return page.show(State.ALREADY, notificationId, notification, null);
        }
        if (!notification.acknowledgementRequired()) {
            return page.show(State.NOT_REQUIRED, notificationId, notification, null);
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            return page.show(State.COMMENT_TOO_LONG, notificationId, notification, null);
        }
        try {
            handoff.acknowledge(notificationId, regionCode, comment, teamByLink(regionCode));
        } catch (IllegalStateException e) {
            // acknowledged in the meantime (another click, the console)
            return page.show(State.ALREADY, notificationId, notification, null);
        } catch (StandbyException e) {
            return page.show(State.STANDBY, notificationId, notification, null);
        }
        return page.show(State.DONE, notificationId, find(notificationId).orElse(notification), null);
    }

    private Optional<Notification> find(String notificationId) {
        return handoff.read(relay -> relay.notifications().stream()
                .filter(n -> n.notificationId().equals(notificationId)).findFirst());
    }

    /** The region's team, as the link's holder: no person is known, and the token is not who they are. */
    private static Origin teamByLink(String regionCode) {
        Caller team = new Caller(SUBJECT, "Regional team " + regionCode + " (e-mail link)", Set.of(RelayRole.REGIONAL_TEAM),
                regionCode);
        return team.authorize("acknowledge by link", Grant.inRegion(RelayRole.REGIONAL_TEAM, regionCode));
    }
}
