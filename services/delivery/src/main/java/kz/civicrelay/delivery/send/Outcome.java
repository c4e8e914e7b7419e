package kz.civicrelay.delivery.send;

/**
 * What one attempt came to: the receiver accepted it (SMTP accepted the mail, the webhook answered 2xx), or it
 * failed with a reason a person can read (never a secret). A failure is {@code permanent} when trying again
 * cannot help (e.g. the SMTP server refused the address); otherwise it is retried with backoff.
 */
public sealed interface Outcome {

    record Accepted(String detail) implements Outcome {
    }

    record Failed(String reason, boolean permanent) implements Outcome {
    }
}
