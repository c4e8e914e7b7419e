package kz.civicrelay.delivery.email;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import kz.civicrelay.delivery.domain.HandoffPackage;
import kz.civicrelay.delivery.domain.Language;
import kz.civicrelay.delivery.domain.Message;
import kz.civicrelay.platform.links.AcknowledgementLinks;
import kz.civicrelay.reference.Regions;

/**
 * The links in a mail: the forum's page in the console, the adopted resolution's PDF, and the signed single-use
 * link that acknowledges a notification for its recipient region. The acknowledgement link expires a fixed time
 * after the notification was issued, so a mail sent again after a crash carries the same link. Without a link key
 * ({@code relay.links.key}) there is no acknowledgement link: the team acknowledges in the console or forumctl.
 */
final class MailLinks {

    private final MailSettings settings;
    private final @Nullable AcknowledgementLinks acknowledgements;

    MailLinks(MailSettings settings, @Nullable AcknowledgementLinks acknowledgements) {
        this.settings = settings;
        this.acknowledgements = acknowledgements;
    }

    /** The console, opened at the message's forum (or its start page for a message about no forum). */
    String forumPage(Message message) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(settings.consoleUrl()).path("/")
                .queryParam("series", message.seriesId());
        String forumId = message.forumId();
        if (forumId != null) {
            uri.queryParam("forum", forumId);
        }
        return uri.encode().build().toUriString();
    }

    /** The adopted resolution of the forum that passed the baton, as a PDF in {@code language}; empty without one. */
    Optional<String> resolutionPdf(Message message, Language language) {
        HandoffPackage handoff = message.handoffPackage();
        if (handoff == null || handoff.resolution() == null) {
            return Optional.empty();
        }
        return Optional.of(UriComponentsBuilder.fromUriString(settings.resolutionUrl())
                .path("/api/forums/{forumId}/resolution/pdf").queryParam("lang", language.code())
                .encode().buildAndExpand(handoff.completedForumId()).toUriString());
    }

    /**
     * The link that acknowledges {@code message} for its recipient region, if it asks for an acknowledgement, is
     * a region's, and a link key is configured.
     */
    Optional<AcknowledgementLink> acknowledgement(Message message) {
        if (acknowledgements == null || !message.acknowledgementRequired() || !Regions.isKnown(message.owner())) {
            return Optional.empty();
        }
        Instant expiresAt = message.issuedAt().plus(settings.acknowledgementLinkValidity());
        String token = acknowledgements.token(message.messageId(), message.owner(), expiresAt);
        String url = UriComponentsBuilder.fromUriString(settings.handoffUrl()).path("/acknowledge/{notificationId}")
                .queryParam("token", "{token}").encode().buildAndExpand(message.messageId(), token).toUriString();
        return Optional.of(new AcknowledgementLink(url, expiresAt));
    }

    record AcknowledgementLink(String url, Instant expiresAt) {
    }
}
