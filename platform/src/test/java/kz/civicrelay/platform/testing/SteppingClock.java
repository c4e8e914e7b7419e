package kz.civicrelay.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for tests that writes a log: each reading is one step later than the one before (events a second apart,
 * say), and the time can be moved on by hand between a forum's days. UTC. Not thread-safe.
 */
public final class SteppingClock extends Clock {

    private final Duration step;
    private Instant now;

    public SteppingClock(Instant start, Duration step) {
        this.now = start;
        this.step = step;
    }

    /** The time of the last reading (or the start), without stepping. */
    public Instant now() {
        return now;
    }

    /** Lets the time pass. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        now = now.plus(step);
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
