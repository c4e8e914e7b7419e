package kz.civicrelay.delivery.metrics;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import kz.civicrelay.delivery.domain.DeliveryChannel;
import kz.civicrelay.delivery.domain.DeliveryEvent;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.core.Committed;

/**
 * {@code relay.notifications.delivered{channel}} and {@code relay.notifications.failed{channel, final}}, counted as
 * this instance commits each attempt's outcome; {@code final=true} where delivery gave up (no attempt follows).
 */
public final class DeliveryMeters implements Committed<DeliveryEvent> {

    private final MeterRegistry registry;

    public DeliveryMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void committed(DeliveryEvent event, Envelope envelope, @Nullable Envelope cause) {
        if (event instanceof DeliveryEvent.Delivered delivered) {
            Counter.builder("relay.notifications.delivered").description("Notification attempts delivered, by channel")
                    .tag("channel", channel(delivered.channel())).register(registry).increment();
        } else if (event instanceof DeliveryEvent.DeliveryFailed failed) {
            Counter.builder("relay.notifications.failed")
                    .description("Notification attempts failed, by channel; final: delivery gave up")
                    .tag("channel", channel(failed.channel()))
                    .tag("final", String.valueOf(failed.nextAttemptAt() == null)).register(registry).increment();
        }
    }

    private static String channel(DeliveryChannel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }
}
