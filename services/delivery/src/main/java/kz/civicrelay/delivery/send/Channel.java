package kz.civicrelay.delivery.send;

import kz.civicrelay.delivery.domain.Message;
import kz.civicrelay.delivery.domain.Subscription;
import kz.civicrelay.delivery.domain.DeliveryChannel;

/**
 * One way of delivering: e-mail or webhook. {@link #send} makes one attempt and says what came of it; it never
 * throws for the receiver's failures (those are an {@link Outcome.Failed}), and never logs a secret.
 */
public interface Channel {

    DeliveryChannel kind();

    /** Attempt number {@code attempt} (1 for the first) of delivering {@code message} to {@code subscription}. */
    Outcome send(Message message, Subscription subscription, int attempt);
}
