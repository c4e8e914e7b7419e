package kz.civicrelay.handoff.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import kz.civicrelay.handoff.domain.Notification;
import kz.civicrelay.reference.Regions;

/**
 * The page of an acknowledgement link ({@code templates/acknowledge.html}), in Kazakh, Russian and English: the
 * notification and what became of the request. Never cached, and sent with no referrer, since its address holds
 * the token.
 */
@Component
class AcknowledgementPage {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ITemplateEngine templates;

    AcknowledgementPage(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** What the page says, and the status it is answered with. */
    enum State {
        FORM(HttpStatus.OK),
        DONE(HttpStatus.OK),
        ALREADY(HttpStatus.CONFLICT),
        NOT_REQUIRED(HttpStatus.CONFLICT),
        INVALID(HttpStatus.FORBIDDEN),
        UNKNOWN(HttpStatus.NOT_FOUND),
        COMMENT_TOO_LONG(HttpStatus.BAD_REQUEST),
        STANDBY(HttpStatus.SERVICE_UNAVAILABLE),
        UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE);

        private final HttpStatus status;

        State(HttpStatus status) {
            this.status = status;
        }
    }

    /** The page without a notification: the link was not valid, or the notification is unknown. */
    ResponseEntity<String> show(State state, String notificationId) {
        return render(state, notificationId, null, null);
    }

    /** The page about {@code notification}; {@code token} is only put in the form, to be posted back. */
    ResponseEntity<String> show(State state, String notificationId, Notification notification, @Nullable String token) {
        return render(state, notificationId, notification, token);
    }

    private ResponseEntity<String> render(State state, String notificationId, @Nullable Notification notification,
            @Nullable String token) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("state", state.name());
        variables.put("action", "/acknowledge/" + UriUtils.encodePathSegment(notificationId, StandardCharsets.UTF_8));
        if (token != null && state == State.FORM) {
            variables.put("token", token);
        }
        if (notification != null) {
            variables.put("text", notification.message());
            variables.put("region", Regions.byCode(notification.recipientRegionCode()).name());
        }
        String html = templates.process("acknowledge", new Context(Locale.forLanguageTag("kk"), variables));
        return ResponseEntity.status(state.status).contentType(HTML).cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer").body(html);
    }
}
