package kz.civicrelay.delivery.application;

import java.time.Instant;

import kz.civicrelay.delivery.domain.Due;
import kz.civicrelay.delivery.send.Outcome;

/** What attempt {@code due} came to, and when. */
public record Attempted(Due due, Outcome outcome, Instant at) {
}
