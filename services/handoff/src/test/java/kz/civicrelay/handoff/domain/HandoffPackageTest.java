package kz.civicrelay.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.civicrelay.handoff.domain.HandoffEvent.BatonPassed;
import kz.civicrelay.handoff.domain.HandoffPackage.AdoptedResolution;
import kz.civicrelay.handoff.domain.HandoffPackage.NextForum;
import kz.civicrelay.platform.testing.ReplayOrders;
import kz.civicrelay.reference.Trilingual;

/**
 * The baton carries the handoff package: the completed forum's adopted resolution and participation, the next
 * forum's dates and venue; whatever handoff has not learned is null, and the baton never waits for it.
 */
class HandoffPackageTest {

    private static final String JETISU = "s-01-kz-33";
    private static final String ALMATY = "s-02-kz-75";
    private static final Trilingual TITLE = Trilingual.of("II Азаматтық форум қарары", "Резолюция: II форум",
            "Resolution of II Civil Forum");
    private static final Trilingual CITY = Trilingual.of("Алматы", "Алматы", "Almaty");
    private static final Trilingual VENUE = Trilingual.of("Әл-Фараби атындағы ҚазҰУ", "КазНУ им. аль-Фараби",
            "Al-Farabi Kazakh National University");
    private static final String HASH = "ab".repeat(32);

    @Test
    void shouldPassTheBatonWithAnEmptyPackageWhenNothingIsKnownYet() {
        Relay relay = plannedRelay();

        BatonPassed baton = (BatonPassed) relay.forumCompleted("s", JETISU).get(0);

        assertThat(baton.handoffPackage()).isEqualTo(new HandoffPackage(JETISU, null, null, Map.of(), null,
                List.of(), 0));
    }

    @ParameterizedTest
    @MethodSource("replayOrders")
    void shouldPackWhatWasLearnedWhateverOrderTheTopicsAreReplayedIn(UnaryOperator<List<List<PackageFact>>> replay) {
        Relay relay = plannedRelay();
        replay.apply(learned()).forEach(inOrder -> inOrder.forEach(relay::learn));

        BatonPassed baton = (BatonPassed) relay.forumCompleted("s", JETISU).get(0);

        assertThat(baton.handoffPackage()).isEqualTo(new HandoffPackage(JETISU,
                new AdoptedResolution("res-" + JETISU, HASH, TITLE, Map.of("REGIONAL_AKIMAT", 2, "MEDIA", 1)),
                3, Map.of("NGO", 1, "YOUTH", 1),
                new NextForum(ALMATY, LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 13), CITY, VENUE), List.of(), 0));
    }

    @Test
    void shouldPackOnlyThePartsItKnows() {
        Relay relay = plannedRelay();
        relay.learn(new PackageFact.RegistrationClosed(JETISU, 120));
        relay.learn(new PackageFact.ResolutionAdopted("s-09-kz-10", "res-other", HASH, TITLE, Map.of(), List.of()));

        HandoffPackage handoffPackage = ((BatonPassed) relay.forumCompleted("s", JETISU).get(0)).handoffPackage();

        assertThat(handoffPackage.registeredCount()).isEqualTo(120);
        assertThat(handoffPackage.resolution()).as("another forum's resolution is not this one's").isNull();
        assertThat(handoffPackage.participantsByCategory()).isEmpty();
        assertThat(handoffPackage.nextForum()).isNull();
    }

    /** Every order a replay may bring the facts of the three topics in (each list stays in its own order). */
    static Stream<Named<UnaryOperator<List<List<PackageFact>>>>> replayOrders() {
        return ReplayOrders.all(20261202L);
    }

    /**
     * What the three topics said, each list in the order of its topic's partition: a scheduling then its
     * postponement (same forum, same topic), a resolution, and registrations with one cancelled.
     */
    private static List<List<PackageFact>> learned() {
        return List.of(
                List.of(new PackageFact.ForumScheduled(ALMATY, LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 15),
                        CITY, VENUE), new PackageFact.ForumPostponed(ALMATY, LocalDate.of(2026, 5, 12),
                                LocalDate.of(2026, 5, 13))),
                List.of(new PackageFact.ResolutionAdopted(JETISU, "res-" + JETISU, HASH, TITLE,
                        Map.of("REGIONAL_AKIMAT", 2, "MEDIA", 1), List.of())),
                List.of(new PackageFact.ParticipantRegistered(JETISU, "p-1", "NGO")),
                List.of(new PackageFact.ParticipantRegistered(JETISU, "p-2", "YOUTH")),
                List.of(new PackageFact.ParticipantRegistered(JETISU, "p-3", "NGO")),
                List.of(new PackageFact.RegistrationCancelled(JETISU, "p-3")),
                List.of(new PackageFact.RegistrationClosed(JETISU, 3)));
    }

    private static Relay plannedRelay() {
        Relay relay = new Relay();
        relay.learn(new SchedulingFact.SeriesPlanned("s", List.of("KZ-33", "KZ-75"), List.of(JETISU, ALMATY)));
        relay.learn(new SchedulingFact.PreparationOpened("s", JETISU, "KZ-33", 1));
        return relay;
    }
}
