package kz.civicrelay.delivery.domain;

/** Attempt number {@code attempt} (1 for the first) of delivering {@code message} to {@code subscription} is due. */
public record Due(Message message, Subscription subscription, int attempt) {
}
