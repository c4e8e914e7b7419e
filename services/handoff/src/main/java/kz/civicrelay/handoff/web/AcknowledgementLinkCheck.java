package kz.civicrelay.handoff.web;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import kz.civicrelay.platform.links.AcknowledgementLinks;

/**
 * Checks the token of an acknowledgement link from an e-mail, with the key delivery signed it with
 * ({@code relay.links.key}, base64, at least 32 bytes). Without that key no link is valid and the page says so;
 * the service starts all the same. A key that is set but unusable stops the start, naming the property.
 */
@Component
class AcknowledgementLinkCheck {

    private final @Nullable AcknowledgementLinks links;
    private final Clock clock;

    AcknowledgementLinkCheck(@Value("${relay.links.key:}") String key, Clock clock) {
        this.clock = clock;
        try {
            this.links = key.isBlank() ? null : AcknowledgementLinks.withKey(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("relay.links.key is not a usable link key: " + e.getMessage(), e);
        }
    }

    boolean configured() {
        return links != null;
    }

    /**
     * The region {@code token} allows acknowledging {@code notificationId} for; empty if there is no token or
     * key, or the token is forged, expired, or for another notification.
     */
    Optional<String> regionFor(String notificationId, @Nullable String token) {
        AcknowledgementLinks verifier = links;
        if (verifier == null || token == null || token.isBlank()) {
            return Optional.empty();
        }
        return verifier.verify(token.strip(), clock.instant())
                .filter(claim -> claim.notificationId().equals(notificationId))
                .map(AcknowledgementLinks.Claim::regionCode);
    }
}
