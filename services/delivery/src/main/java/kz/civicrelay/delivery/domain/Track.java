package kz.civicrelay.delivery.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The attempts to deliver one message to one subscription, by attempt number, as folded in any order. */
final class Track {

    /** One attempt's recorded outcome; {@code nextAttemptAt} null after a delivery or when given up. */
    record Attempt(int number, Instant at, boolean delivered, String detail, @Nullable Instant nextAttemptAt) {
    }

    private final Map<Integer, Attempt> attempts = new HashMap<>();

    void record(Attempt attempt) {
        attempts.putIfAbsent(attempt.number(), attempt);
    }

    boolean has(int attempt) {
        return attempts.containsKey(attempt);
    }

    int count() {
        return attempts.size();
    }

    Optional<Attempt> delivery() {
        return attempts.values().stream().filter(Attempt::delivered).findFirst();
    }

    /** The failure that ended the tries, when no attempt was delivered. */
    Optional<Attempt> givenUp() {
        return delivery().isPresent() ? Optional.empty()
                : attempts.values().stream().filter(a -> a.nextAttemptAt() == null).findFirst();
    }

    /** Delivered or given up: either outcome names no next attempt. */
    boolean finished() {
        return attempts.values().stream().anyMatch(a -> a.nextAttemptAt() == null);
    }

    Optional<Attempt> last() {
        return attempts.values().stream().max(Comparator.comparingInt(Attempt::number));
    }

    /** When the first attempt was made (the earliest recorded if the first is unknown). */
    Optional<Instant> firstAttemptAt() {
        return attempts.values().stream().min(Comparator.comparingInt(Attempt::number)).map(Attempt::at);
    }

    /** The number of the attempt due at {@code now}: 1 if none was made; empty if finished or not yet due. */
    Optional<Integer> dueAt(Instant now) {
        Optional<Attempt> last = last();
        if (last.isEmpty()) {
            return Optional.of(1);
        }
        if (finished()) {
            return Optional.empty();
        }
        Attempt failed = last.get();
        return Optional.ofNullable(failed.nextAttemptAt()).filter(next -> !next.isAfter(now))
                .map(next -> failed.number() + 1);
    }
}
