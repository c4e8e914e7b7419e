package kz.civicrelay.delivery.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import kz.civicrelay.delivery.domain.DeliveryChannel;
import kz.civicrelay.delivery.domain.DeliveryEvent;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.envelope.EnvelopeFactory;

class DeliveryMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DeliveryMeters meters = new DeliveryMeters(registry);
    private final EnvelopeFactory envelopes = new EnvelopeFactory("delivery", Clock.systemUTC());
    private final Envelope envelope = envelopes.forCommand("s", "f", envelopes.serviceActor());

    @Test
    void countsDeliveriesAndFailuresByChannelAndWhetherDeliveryGaveUp() {
        meters.committed(new DeliveryEvent.Delivered("s", "f", "m-1", "sub-1", DeliveryChannel.EMAIL, 1, "250 OK"),
                envelope, null);
        meters.committed(new DeliveryEvent.Delivered("s", "f", "m-1", "sub-2", DeliveryChannel.WEBHOOK, 2, "204"),
                envelope, null);
        meters.committed(new DeliveryEvent.DeliveryFailed("s", "f", "m-1", "sub-2", DeliveryChannel.WEBHOOK, 1,
                "503", Instant.now()), envelope, null);
        meters.committed(new DeliveryEvent.DeliveryFailed("s", "f", "m-2", "sub-3", DeliveryChannel.EMAIL, 9,
                "550 no such user", null), envelope, null);

        assertThat(registry.get("relay.notifications.delivered").tag("channel", "email").counter().count()).isEqualTo(1);
        assertThat(registry.get("relay.notifications.delivered").tag("channel", "webhook").counter().count()).isEqualTo(1);
        assertThat(registry.get("relay.notifications.failed").tags("channel", "webhook", "final", "false").counter()
                .count()).isEqualTo(1);
        assertThat(registry.get("relay.notifications.failed").tags("channel", "email", "final", "true").counter()
                .count()).isEqualTo(1);
        assertThat(registry.getMeters()).as("no subscription, message or address in a tag")
                .allSatisfy(meter -> assertThat(meter.getId().getTags().toString()).doesNotContain("sub-")
                        .doesNotContain("m-1").doesNotContain("550"));
    }
}
