package kz.civicrelay.resolution.domain;

import java.time.Instant;

/** Who recorded an event and when, as its envelope says: the actor's id and name, and the time it happened. */
public record Authorship(String actorId, String actorName, Instant at) {
}
