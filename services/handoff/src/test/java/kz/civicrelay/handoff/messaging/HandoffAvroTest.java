package kz.civicrelay.handoff.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.handoff.domain.FollowUpStatus;
import kz.civicrelay.handoff.domain.HandoffEvent;
import kz.civicrelay.handoff.domain.HandoffEvent.AcknowledgementSlaSet;
import kz.civicrelay.handoff.domain.HandoffEvent.BatonPassed;
import kz.civicrelay.handoff.domain.HandoffEvent.NotificationIssued;
import kz.civicrelay.handoff.domain.HandoffPackage;
import kz.civicrelay.handoff.domain.HandoffPackage.AdoptedResolution;
import kz.civicrelay.handoff.domain.HandoffPackage.NextForum;
import kz.civicrelay.handoff.domain.HandoffPackage.OpenRecommendation;
import kz.civicrelay.handoff.domain.NotificationKind;
import kz.civicrelay.handoff.domain.PackageFact;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.handoff.domain.SchedulingFact;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.schemas.serde.AvroEventSerializer;

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
                        new NextForum("s-02-kz-75", LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 13), TEXT, TEXT),
                        List.of(new OpenRecommendation("s-01-kz-33", "rec-2", "REGIONAL_AKIMAT", TEXT, TEXT,
                                FollowUpStatus.IN_PROGRESS), new OpenRecommendation("s-01-kz-33", "rec-3", "MEDIA",
                                TEXT, TEXT, FollowUpStatus.NOT_STARTED)), 4));

        assertThat(roundTrip(baton)).isEqualTo(baton);
    }

    @Test
    void shouldKeepTheLargestPackageWellWithinKafkasRecordSize() {
        Trilingual longest = Trilingual.of("қ".repeat(4000), "ж".repeat(4000), "e".repeat(4000));
        Relay relay = new Relay();
        List<String> forums = IntStream.rangeClosed(1, 20).mapToObj(i -> "s-%02d".formatted(i)).toList();
        relay.learn(new SchedulingFact.SeriesPlanned("s", Collections.nCopies(20, "KZ-33"), forums));
        for (String forum : forums) {
            relay.learn(new PackageFact.ResolutionAdopted(forum, "res-" + forum, null, TEXT, Map.of(),
                    IntStream.rangeClosed(1, 40).mapToObj(i -> new PackageFact.AdoptedRecommendation("rec-" + i,
                            "REGIONAL_AKIMAT", longest, longest)).toList()));
        }
        relay.learn(new SchedulingFact.PreparationOpened("s", "s-19", "KZ-33", 19));
        BatonPassed last = (BatonPassed) relay.forumCompleted("s", "s-19").get(0);

        byte[] bytes = new AvroEventSerializer().serialize("relay.handoff", HandoffAvro.toAvro(last, envelope));

        assertThat(last.handoffPackage().openRecommendationsLeftOut()).isPositive();
        assertThat(bytes.length).as("Kafka's default limit is 1 MiB").isLessThan(800 * 1024);
        assertThat(roundTrip(last)).isEqualTo(last);
    }

    @Test
    void shouldKeepUnknownPartsOfThePackageNull() {
        BatonPassed baton = new BatonPassed("s", 1, "s-01-kz-33", "KZ-33", "s-02-kz-75", "KZ-75", 2,
                HandoffPackage.unknown("s-01-kz-33"));
        var record = (kz.civicrelay.events.BatonPassed) HandoffAvro.toAvro(baton, envelope);

        assertThat(record.getHandoffPackage().getResolution()).isNull();
        assertThat(record.getHandoffPackage().getRegisteredCount()).isNull();
        assertThat(record.getHandoffPackage().getNextForum()).isNull();
        assertThat(record.getHandoffPackage().getOpenRecommendations()).isEmpty();
        assertThat(record.getHandoffPackage().getOpenRecommendationsLeftOut()).isZero();
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
