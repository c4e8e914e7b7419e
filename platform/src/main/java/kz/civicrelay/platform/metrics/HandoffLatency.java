package kz.civicrelay.platform.metrics;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * {@code relay.handoff.latency{stage}}: from a forum's completion to a stage of its handoff, as a histogram
 * (relay-platform.yml publishes its buckets). Handoff records {@code stage=baton} (the baton passed), scheduling
 * {@code stage=preparation} (the next forum's preparation opened). Measured from the completion's
 * {@code occurredAt} to the commit, on the recording service's clock: across machines, their clocks' skew counts.
 */
public final class HandoffLatency {

    public static final String BATON = "baton";
    public static final String PREPARATION = "preparation";

    private final Timer timer;

    public HandoffLatency(MeterRegistry registry, String stage) {
        this.timer = Timer.builder("relay.handoff.latency")
                .description("From a forum's completion to a stage of its handoff (baton passed, next preparation open)")
                .tag("stage", stage).register(registry);
    }

    /** A stage reached at {@code now} of the handoff of a forum completed at {@code completedAt}. */
    public void reached(Instant completedAt, Instant now) {
        Duration took = Duration.between(completedAt, now);
        if (!took.isNegative()) {
            timer.record(took);
        }
    }
}
