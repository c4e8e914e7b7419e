package kz.civicrelay.delivery.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed attempt is tried again: after {@code initialDelay} doubled for each attempt made, at most
 * {@code maxDelay}, the later half of it chosen at random ("equal jitter", so receivers coming back are not hit
 * by every sender at once); never once the next attempt would fall later than {@code giveUpAfter} after the
 * first attempt. {@code random} gives numbers in [0, 1).
 *
 * @param batonWait how long a notification about a handoff waits for the baton (and its package) to be
 *                  learned, since both are written together but read from two topics
 */
public record RetryPolicy(Duration initialDelay, Duration maxDelay, Duration giveUpAfter, Duration batonWait,
        DoubleSupplier random) {

    public RetryPolicy {
        if (!positive(initialDelay) || maxDelay.compareTo(initialDelay) < 0 || !positive(giveUpAfter)
                || batonWait.isNegative()) {
            throw new IllegalArgumentException("Retry delays must be positive, the maximum at least the initial one: "
                    + initialDelay + ", " + maxDelay + ", " + giveUpAfter + ", " + batonWait);
        }
    }

    /** The delay before the attempt after attempt {@code attempt} (1 for the first), before jitter. */
    public Duration delayAfter(int attempt) {
        Duration doubled = initialDelay.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 30));
        return Collections.min(List.of(doubled, maxDelay));
    }

    /**
     * When the attempt after failed attempt {@code attempt} is due, made at {@code now}, the first having been
     * made at {@code firstAttemptAt}; empty when it would fall past the give-up horizon.
     */
    public Optional<Instant> nextAttemptAt(int attempt, Instant firstAttemptAt, Instant now) {
        long millis = delayAfter(attempt).toMillis();
        long jittered = millis / 2 + (long) (random.getAsDouble() * (millis - millis / 2));
        Instant next = now.plusMillis(jittered);
        return next.isAfter(firstAttemptAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
