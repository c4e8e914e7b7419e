package kz.civicrelay.delivery.email;

import org.jspecify.annotations.Nullable;

/**
 * A rendered mail: its subject (in the subscriber's first language) and the same body as HTML and plain text, and
 * for a person holding a seat the QR image of their check-in code, which the HTML shows inline as
 * {@code cid:}{@value #CHECK_IN_QR}.
 */
record MailContent(String subject, String html, String text, byte @Nullable [] checkInQr) {

    static final String CHECK_IN_QR = "check-in-qr";
}
