package kz.civicrelay.platform.metrics;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;

/**
 * A service core's state as meters, tagged {@code core=<name>}: {@code relay.state.events} (events folded now),
 * and the last rebuild from the log: {@code relay.state.rebuild.duration} and {@code relay.state.rebuild.records}.
 */
public final class CoreMeters {

    private final AtomicLong rebuildNanos = new AtomicLong();
    private final AtomicLong rebuildRecords = new AtomicLong();

    public CoreMeters(MeterRegistry registry, String core, Supplier<Number> eventsFolded) {
        Gauge.builder("relay.state.events", eventsFolded).description("Events folded into the service's state")
                .baseUnit("events").tag("core", core).register(registry);
        TimeGauge.builder("relay.state.rebuild.duration", rebuildNanos, TimeUnit.NANOSECONDS, AtomicLong::get)
                .description("How long the last rebuild of the state from the log took").tag("core", core)
                .register(registry);
        Gauge.builder("relay.state.rebuild.records", rebuildRecords, AtomicLong::get)
                .description("Records the last rebuild of the state read from the log").baseUnit("records")
                .tag("core", core).register(registry);
    }

    /** The state was rebuilt from {@code records} records in {@code nanos}. */
    public void rebuilt(long records, long nanos) {
        rebuildRecords.set(records);
        rebuildNanos.set(nanos);
    }
}
