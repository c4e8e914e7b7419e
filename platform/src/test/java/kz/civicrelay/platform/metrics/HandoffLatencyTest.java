package kz.civicrelay.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class HandoffLatencyTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final HandoffLatency baton = new HandoffLatency(registry, HandoffLatency.BATON);
    private final Instant completed = Instant.parse("2027-03-12T15:00:00Z");

    @Test
    void recordsFromTheCompletionToTheStageUnderItsStageTag() {
        baton.reached(completed, completed.plusMillis(250));
        baton.reached(completed, completed);

        var timer = registry.get("relay.handoff.latency").tag("stage", "baton").timer();
        assertThat(timer.count()).isEqualTo(2);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(250);
    }

    @Test
    void leavesOutAStageBeforeItsCompletionByTheClock() {
        // another machine's clock behind the completion's: no negative latency in the histogram
        baton.reached(completed, completed.minusMillis(5));

        assertThat(registry.get("relay.handoff.latency").timer().count()).isZero();
    }
}
