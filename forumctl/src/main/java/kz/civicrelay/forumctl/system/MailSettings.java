package kz.civicrelay.forumctl.system;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where the delivery service sends its e-mails: by default through the local mail catcher that {@code forumctl up}
 * runs ({@link MailCatcher}: SMTP {@value #DEFAULT_SMTP_PORT}, IMAP {@value #DEFAULT_IMAP_PORT}, its web view and REST
 * API {@value #DEFAULT_API_PORT}, on loopback, any user accepted); or, given {@code smtpHost}, through that real SMTP
 * server on {@code smtpPort}, and then no catcher runs. A real server's user name and password are Spring's
 * ({@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD} in up's environment, which every service inherits),
 * never a command line's.
 *
 * @param smtpHost a real SMTP server's host; null: the mail catcher's
 */
public record MailSettings(@Nullable String smtpHost, int smtpPort, int imapPort, int apiPort) {

    public static final int DEFAULT_SMTP_PORT = 3025;
    public static final int DEFAULT_IMAP_PORT = 3143;
    public static final int DEFAULT_API_PORT = 8025;
    /** The catcher listens on loopback only: it accepts any user and keeps every mail readable. */
    static final String CATCHER_HOST = "127.0.0.1";

    /** The mail catcher on its default ports. */
    public static MailSettings catcherOnDefaultPorts() {
        return new MailSettings(null, DEFAULT_SMTP_PORT, DEFAULT_IMAP_PORT, DEFAULT_API_PORT);
    }

    /** True if up runs the mail catcher (no real SMTP server named). */
    public boolean catcher() {
        return smtpHost == null;
    }

    /** The SMTP host delivery is told: the real server's, else the catcher's loopback address. */
    public String deliveryHost() {
        String host = smtpHost;
        return host != null ? host : CATCHER_HOST;
    }

    /** Delivery's {@code spring.mail.host} and {@code spring.mail.port} (no secret: fine on a command line). */
    public List<String> deliveryArgs() {
        return List.of("--spring.mail.host=" + deliveryHost(), "--spring.mail.port=" + smtpPort);
    }

    /** The catcher's web view and REST API ({@code /api/user/<address>/messages/}), as a browser opens it. */
    public String webUrl() {
        return "http://localhost:" + apiPort;
    }
}
