package kz.civicrelay.registration.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.registration.domain.ParticipantCategory;
import kz.civicrelay.registration.domain.Registrant;
import kz.civicrelay.registration.domain.RegistrationEvent;
import kz.civicrelay.registration.domain.Registrations;
import kz.civicrelay.registration.domain.ScheduledForum;

class RegistrationMetersTest {

    private static final String SOON = "s-02-kz-75";
    private static final String OPEN = "s-01-kz-33";
    private static final String CANCELLED = "s-03-kz-71";

    private final Registrations registrations = new Registrations();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RegistrationMeters meters = new RegistrationMeters(read -> read.apply(registrations), registry);
    private final EnvelopeFactory envelopes = new EnvelopeFactory("registration", Clock.systemUTC());

    RegistrationMetersTest() {
        registrations.forumScheduled(new ScheduledForum(OPEN, "s", 1, "KZ-33"));
        registrations.forumScheduled(new ScheduledForum(SOON, "s", 10, "KZ-75"));
        registrations.forumScheduled(new ScheduledForum(CANCELLED, "s", 10, "KZ-71"));
        apply(registrations.open(OPEN));
        apply(registrations.open(CANCELLED));
        registrations.forumCancelled(CANCELLED);
    }

    @Test
    void namesTheReasonOfARefusalFromTheForumAsItStandsNeverFromTheMessage() {
        IllegalStateException refused = new IllegalStateException("Ләззат Мұқанова is already registered");

        assertThat(meters.reason(SOON, refused)).isEqualTo("not-open");
        assertThat(meters.reason(CANCELLED, refused)).isEqualTo("forum-cancelled");
        assertThat(meters.reason(OPEN, refused)).isEqualTo("refused");
        assertThat(meters.reason("s-09-kz-10", refused)).isEqualTo("unknown-forum");
        assertThat(meters.reason(OPEN, new NoSuchElementException("No forum"))).isEqualTo("unknown-forum");
        assertThat(meters.reason(OPEN, new IllegalArgumentException("Participant id p-1 is already used")))
                .isEqualTo("invalid");
        apply(registrations.close(OPEN));
        assertThat(meters.reason(OPEN, refused)).isEqualTo("closed");
    }

    @Test
    void countsSeatsAndWaitingPlacesByCategoryAndRefusalsByReasonWithoutAName() {
        Registrant aigerim = new Registrant("Айгерім Сәрсенқызы", "Кеңес", ParticipantCategory.NGO, "KZ-33",
                List.of("kk"), "aigerim@forum.kz", null);
        var envelope = envelopes.forCommand("s", OPEN, envelopes.serviceActor());

        meters.committed(new RegistrationEvent.ParticipantRegistered(OPEN, "p-1", aigerim, null), envelope, null);
        meters.committed(new RegistrationEvent.ParticipantWaitlisted(OPEN, "p-2", aigerim, null), envelope, null);
        meters.refused(SOON, new IllegalStateException("Registration for " + SOON + " is not open yet"));

        assertThat(registry.get("relay.registrations.accepted").tag("category", "ngo").counter().count()).isEqualTo(1);
        assertThat(registry.get("relay.registrations.waitlisted").tag("category", "ngo").counter().count()).isEqualTo(1);
        assertThat(registry.get("relay.registrations.refused").tag("reason", "not-open").counter().count()).isEqualTo(1);
        assertThat(registry.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getTags().toString())
                .doesNotContain("Айгерім").doesNotContain("aigerim").doesNotContain("p-1"));
    }

    private void apply(List<RegistrationEvent> events) {
        events.forEach(event -> registrations.apply(event, Instant.now()));
    }
}
