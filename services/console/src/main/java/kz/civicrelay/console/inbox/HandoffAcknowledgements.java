package kz.civicrelay.console.inbox;

import java.net.URI;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.civicrelay.console.access.ActingAsCaller;

/**
 * Passes an acknowledgement on to the handoff service ({@code relay.console.handoff-url}: one URL, or each instance's,
 * comma-separated) as the caller ({@link ActingAsCaller}).
 */
@Component
class HandoffAcknowledgements {

    private final ActingAsCaller actingAs;
    private final List<RestClient> handoffs;

    HandoffAcknowledgements(ActingAsCaller actingAs,
            @Value("${relay.console.handoff-url:http://localhost:8084}") List<URI> handoffUrls) {
        this.actingAs = actingAs;
        this.handoffs = actingAs.instances(handoffUrls);
    }

    ResponseEntity<String> acknowledge(String notificationId, String body, HttpServletRequest request,
            HttpServletResponse response) {
        URI target = UriComponentsBuilder.fromPath("/api/notifications/{id}/acknowledge").buildAndExpand(notificationId)
                .toUri();
        return actingAs.post(handoffs, "handoff", target, body, request, response);
    }
}
