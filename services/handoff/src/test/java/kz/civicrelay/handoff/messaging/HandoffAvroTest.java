package kz.civicrelay.handoff.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.handoff.domain.HandoffEvent;
import kz.civicrelay.handoff.domain.HandoffEvent.AcknowledgementSlaSet;
import kz.civicrelay.handoff.domain.HandoffEvent.BatonPassed;
import kz.civicrelay.handoff.domain.HandoffEvent.NotificationIssued;
import kz.civicrelay.handoff.domain.HandoffPackage;
import kz.civicrelay.handoff.domain.HandoffPackage.AdoptedResolution;
import kz.civicrelay.handoff.domain.HandoffPackage.NextForum;
import kz.civicrelay.handoff.domain.NotificationKind;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.reference.Trilingual;

/** Handoff's new events and fields go to Avro and come back the same. */
class HandoffAvroTest {

    private static final Trilingual TEXT = Trilingual.of("Қазақ тілі: ә ғ қ ң ө ұ ү һ і", "Русский", "English");

    private final Envelope envelope = new EnvelopeFactory("handoff", Clock.systemUTC())
            .forCommand("s", "s-02-kz-75", new Actor(ActorKind.SERVICE, "handoff", null, null));

    @Test
    void shouldCarryTheHandoffPackageOnTheBatonBothWays() {
        BatonPassed baton = new BatonPassed("s", 1, "s-01-kz-33", "KZ-33", "s-02-kz-75", "KZ-75", 2,
                new HandoffPackage("s-01-kz-33", new AdoptedResolution("res-1", "ab".repeat(32), TEXT,
                        Map.of("MEDIA", 2)), 150, Map.of("NGO", 90, "YOUTH", 60),
                        new NextForum("s-02-kz-75", LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 13), TEXT, TEXT)));

        assertThat(roundTrip(baton)).isEqualTo(baton);
    }

    @Test
    void shouldKeepUnknownPartsOfThePackageNull() {
        BatonPassed baton = new BatonPassed("s", 1, "s-01-kz-33", "KZ-33", "s-02-kz-75", "KZ-75", 2,
                HandoffPackage.unknown("s-01-kz-33"));
        var record = (kz.civicrelay.events.BatonPassed) HandoffAvro.toAvro(baton, envelope);

        assertThat(record.getHandoffPackage().getResolution()).isNull();
        assertThat(record.getHandoffPackage().getRegisteredCount()).isNull();
        assertThat(record.getHandoffPackage().getNextForum()).isNull();
        assertThat(roundTrip(baton)).isEqualTo(baton);
    }

    @Test
    void shouldMapAReminderAndTheSlaBothWays() {
        NotificationIssued reminder = new NotificationIssued("s", "s-02-kz-75", "s-02-kz-75-kz-75-reminder-1", "KZ-75",
                NotificationKind.BATON_REMINDER, "KZ-33", "KZ-75", TEXT, false);
        var record = (kz.civicrelay.events.HandoffNotificationIssued) HandoffAvro.toAvro(reminder, envelope);

        assertThat(record.getKind()).isEqualTo(kz.civicrelay.events.NotificationKind.BATON_REMINDER);
        assertThat(roundTrip(reminder)).isEqualTo(reminder);
        assertThat(roundTrip(new AcknowledgementSlaSet("s", Duration.ofHours(12))))
                .isEqualTo(new AcknowledgementSlaSet("s", Duration.ofHours(12)));
    }

    private HandoffEvent roundTrip(HandoffEvent event) {
        SpecificRecord record = HandoffAvro.toAvro(event, envelope);
        return HandoffAvro.fromAvro(record).orElseThrow();
    }
}
