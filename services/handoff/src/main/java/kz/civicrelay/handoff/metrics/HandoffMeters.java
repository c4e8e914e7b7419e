package kz.civicrelay.handoff.metrics;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.handoff.domain.HandoffEvent;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.platform.core.Committed;
import kz.civicrelay.platform.core.ServiceCore;
import kz.civicrelay.platform.metrics.HandoffLatency;

/**
 * {@code relay.batons.passed} and {@code relay.handoff.latency{stage=baton}}, counted as this instance commits each
 * baton; {@code relay.baton.position{series}}, the position of the forum holding each series' baton, read from the
 * state every few seconds (so a restarted or standby instance shows it too).
 */
public final class HandoffMeters implements Committed<HandoffEvent> {

    private final ServiceCore<Relay, HandoffEvent> core;
    private final Clock clock;
    private final Counter batons;
    private final HandoffLatency latency;
    private final MultiGauge position;

    public HandoffMeters(ServiceCore<Relay, HandoffEvent> core, MeterRegistry registry, Clock clock) {
        this.core = core;
        this.clock = clock;
        this.batons = Counter.builder("relay.batons.passed").description("Batons passed from one host to the next")
                .register(registry);
        this.latency = new HandoffLatency(registry, HandoffLatency.BATON);
        this.position = MultiGauge.builder("relay.baton.position")
                .description("Position in its series of the forum whose host holds the baton").register(registry);
    }

    @Override
    public void committed(HandoffEvent event, Envelope envelope, @Nullable Envelope cause) {
        if (event instanceof HandoffEvent.BatonPassed) {
            batons.increment();
            if (cause != null) {
                latency.reached(cause.getOccurredAt(), clock.instant());
            }
            refreshPosition();
        }
    }

    @Scheduled(fixedDelayString = "${relay.metrics.refresh:5s}")
    public void refreshPosition() {
        List<MultiGauge.Row<?>> rows = core.read(relay -> relay.seriesIds().stream()
                .flatMap(series -> relay.holder(series).stream()
                        .<MultiGauge.Row<?>>map(holder -> MultiGauge.Row.of(Tags.of("series", series), holder.position())))
                .toList());
        position.register(rows, true);
    }
}
