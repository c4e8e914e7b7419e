package kz.civicrelay.scheduling.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.micrometer.core.instrument.MeterRegistry;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.core.Committed;
import kz.civicrelay.platform.metrics.HandoffLatency;
import kz.civicrelay.scheduling.domain.SchedulingEvent;

/**
 * {@code relay.handoff.latency{stage=preparation}}: from a completion this instance committed to the next forum's
 * preparation it opened in reaction to the baton. The two share the handoff's correlation id (a reaction keeps its
 * cause's), which is how the completion is found; the last {@value #KEPT} completions are kept for it.
 */
public final class SchedulingMeters implements Committed<SchedulingEvent> {

    static final int KEPT = 256;

    private final Clock clock;
    private final HandoffLatency latency;
    private final Map<String, Instant> completedAt = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > KEPT;
        }
    };

    public SchedulingMeters(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.latency = new HandoffLatency(registry, HandoffLatency.PREPARATION);
    }

    @Override
    public synchronized void committed(SchedulingEvent event, Envelope envelope, @Nullable Envelope cause) {
        if (event instanceof SchedulingEvent.ForumCompleted) {
            completedAt.put(envelope.getCorrelationId(), envelope.getOccurredAt());
        } else if (event instanceof SchedulingEvent.PreparationOpened && cause != null) {
            Instant completed = completedAt.remove(envelope.getCorrelationId());
            if (completed != null) {
                latency.reached(completed, clock.instant());
            }
        }
    }
}
