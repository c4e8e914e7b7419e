package kz.civicrelay.scheduling.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.scheduling.domain.SchedulingEvent;

class SchedulingMetersTest {

    private static final Instant COMPLETED = Instant.parse("2027-03-12T15:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EnvelopeFactory envelopes = new EnvelopeFactory("scheduling", Clock.fixed(COMPLETED, ZoneOffset.UTC));
    private final SchedulingMeters meters = new SchedulingMeters(registry,
            Clock.fixed(COMPLETED.plusMillis(420), ZoneOffset.UTC));

    @Test
    void measuresFromTheCompletionToTheNextPreparationOfTheSameHandoff() {
        Envelope completion = envelopes.forCommand("s", "s-01-kz-33", envelopes.serviceActor(), "handoff-1");
        Envelope baton = envelopes.causedBy(completion, "s-02-kz-75");
        meters.committed(new SchedulingEvent.ForumCompleted("s-01-kz-33", 1, "KZ-33", "r-1"), completion, null);

        meters.committed(new SchedulingEvent.PreparationOpened("s-02-kz-75", 2, "KZ-75", "KZ-33"),
                envelopes.causedBy(baton, "s-02-kz-75"), baton);

        Timer preparation = registry.get("relay.handoff.latency").tag("stage", "preparation").timer();
        assertThat(preparation.count()).isEqualTo(1);
        assertThat(preparation.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(420);
    }

    @Test
    void measuresNothingForAPreparationNoCompletionOfItsOwnLedTo() {
        Envelope planned = envelopes.forCommand("s", "s-01-kz-33", envelopes.serviceActor(), "plan");
        Envelope other = envelopes.forCommand("s", "s-05-kz-47", envelopes.serviceActor(), "another-handoff");
        meters.committed(new SchedulingEvent.ForumCompleted("s-05-kz-47", 5, "KZ-47", "r-5"), other, null);

        // the first forum's preparation, opened by the plan (no cause), and one whose handoff completed elsewhere
        meters.committed(new SchedulingEvent.PreparationOpened("s-01-kz-33", 1, "KZ-33", null), planned, null);
        Envelope foreign = envelopes.forCommand("s", "s-03-kz-71", envelopes.serviceActor(), "elsewhere");
        meters.committed(new SchedulingEvent.PreparationOpened("s-03-kz-71", 3, "KZ-71", "KZ-75"),
                envelopes.causedBy(foreign, "s-03-kz-71"), foreign);

        assertThat(registry.get("relay.handoff.latency").timer().count()).isZero();
    }

    @Test
    void keepsOnlyTheNewestCompletions() {
        for (int i = 0; i <= SchedulingMeters.KEPT; i++) {
            meters.committed(new SchedulingEvent.ForumCompleted("f" + i, 1, "KZ-33", "r"),
                    envelopes.forCommand("s", "f" + i, envelopes.serviceActor(), "handoff-" + i), null);
        }
        Envelope oldest = envelopes.forCommand("s", "f0", envelopes.serviceActor(), "handoff-0");
        Envelope newest = envelopes.forCommand("s", "f", envelopes.serviceActor(), "handoff-" + SchedulingMeters.KEPT);

        meters.committed(new SchedulingEvent.PreparationOpened("g0", 2, "KZ-75", "KZ-33"), oldest, oldest);
        meters.committed(new SchedulingEvent.PreparationOpened("g", 2, "KZ-75", "KZ-33"), newest, newest);

        assertThat(registry.get("relay.handoff.latency").timer().count()).as("the oldest was let go").isEqualTo(1);
        assertThat(Duration.ofMillis((long) registry.get("relay.handoff.latency").timer()
                .totalTime(TimeUnit.MILLISECONDS))).isEqualTo(Duration.ofMillis(420));
    }
}
