package kz.civicrelay.delivery.email;

/** A rendered mail: its subject (in the subscriber's first language) and the same body as HTML and plain text. */
record MailContent(String subject, String html, String text) {
}
