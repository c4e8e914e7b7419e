package kz.civicrelay.delivery.email;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a mail links to and whom it is from ({@code relay.delivery.*}): the console's forum page
 * ({@code console-url}, default http://localhost:8080), the resolution service's PDF ({@code resolution-url},
 * default http://localhost:8083), handoff's acknowledgement page ({@code handoff-url}, default
 * http://localhost:8084), the sender ({@code mail-from}) and how long an acknowledgement link stays valid after
 * the notification was issued ({@code acknowledgement-link-validity}, default 14 days).
 */
@ConfigurationProperties("relay.delivery")
record MailSettings(String consoleUrl, String resolutionUrl, String handoffUrl, String mailFrom,
        Duration acknowledgementLinkValidity) {

    static final String DEFAULT_FROM = "Civic relay <relay@civicrelay.kz>";

    MailSettings(@Nullable String consoleUrl, @Nullable String resolutionUrl, @Nullable String handoffUrl,
            @Nullable String mailFrom, @Nullable Duration acknowledgementLinkValidity) {
        this.consoleUrl = url(consoleUrl, "http://localhost:8080");
        this.resolutionUrl = url(resolutionUrl, "http://localhost:8083");
        this.handoffUrl = url(handoffUrl, "http://localhost:8084");
        this.mailFrom = mailFrom == null || mailFrom.isBlank() ? DEFAULT_FROM : mailFrom.strip();
        this.acknowledgementLinkValidity = acknowledgementLinkValidity == null ? Duration.ofDays(14)
                : acknowledgementLinkValidity;
        if (this.acknowledgementLinkValidity.isNegative() || this.acknowledgementLinkValidity.isZero()) {
            throw new IllegalArgumentException("relay.delivery.acknowledgement-link-validity must be positive");
        }
    }

    /** The defaults: everything on localhost, as {@code forumctl up} runs it. */
    static MailSettings defaults() {
        return new MailSettings(null, null, null, null, null);
    }

    /** The base URL without a trailing slash, so paths are appended to it as they are. */
    private static String url(@Nullable String value, String fallback) {
        String url = value == null || value.isBlank() ? fallback : value.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
