package kz.civicrelay.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.civicrelay.handoff.domain.HandoffEvent.BatonPassed;
import kz.civicrelay.handoff.domain.HandoffPackage.OpenRecommendation;
import kz.civicrelay.handoff.domain.PackageFact.AdoptedRecommendation;
import kz.civicrelay.platform.testing.ReplayOrders;
import kz.civicrelay.reference.Trilingual;

/**
 * Issue 13: later forums see the open items of earlier ones. The baton carries the adopted recommendations of the
 * completed forum and of every earlier forum of its series that are not done or declined, in the series' order,
 * each with its latest follow-up status; never another series' or a later forum's.
 */
class OpenRecommendationsTest {

    private static final String JETISU = "s-01-kz-33";
    private static final String ALMATY = "s-02-kz-75";
    private static final String ABAI = "s-03-kz-10";
    private static final String TURKISTAN = "s-04-kz-61";
    private static final Trilingual AKIMAT = Trilingual.of("Жетісу облысының әкімдігі", "Акимат области Жетісу",
            "Akimat of Jetisu Region");
    private static final Trilingual YOUTH_CENTRES = Trilingual.of(
            "Әр ауданда жастар орталығын ашу: ә ғ қ ң ө ұ ү һ і", "Открыть молодёжный центр в каждом районе",
            "Open a youth centre in every district");
    private static final Trilingual GRANTS = Trilingual.of("Үкіметтік емес ұйымдарға гранттар", "Гранты для НПО",
            "Grants for NGOs");
    private static final Trilingual MEDIA = Trilingual.of("Форум туралы жергілікті БАҚ-та жазу",
            "Освещать форум в местных СМИ", "Cover the forum in local media");

    @Test
    void shouldCarryTheOpenRecommendationsOfTheCompletedAndEveryEarlierForumInTheSeriesOrder() {
        Relay relay = plannedRelay();
        relay.learn(adopted(JETISU, rec("rec-1", YOUTH_CENTRES), rec("rec-2", GRANTS), rec("rec-3", MEDIA)));
        relay.learn(reported(JETISU, "rec-1", FollowUpStatus.DONE));
        relay.learn(reported(JETISU, "rec-2", FollowUpStatus.IN_PROGRESS));

        BatonPassed first = (BatonPassed) relay.forumCompleted("s", JETISU).get(0);
        relay.apply(first, java.time.Instant.EPOCH);

        assertThat(first.handoffPackage().openRecommendations()).containsExactly(
                open(JETISU, "rec-2", GRANTS, FollowUpStatus.IN_PROGRESS),
                open(JETISU, "rec-3", MEDIA, FollowUpStatus.NOT_STARTED));

        relay.learn(reported(JETISU, "rec-3", FollowUpStatus.DECLINED));
        relay.learn(adopted(ALMATY, rec("rec-1", YOUTH_CENTRES)));
        relay.learn(adopted(ABAI, rec("rec-1", MEDIA)));
        relay.learn(adopted("other-01-kz-33", rec("rec-1", GRANTS)));
        BatonPassed second = (BatonPassed) relay.forumCompleted("s", ALMATY).get(0);

        assertThat(second.handoffPackage().openRecommendations()).as("Jetisu's first, then Almaty's; not Abai's, "
                + "which comes later, nor another series'").containsExactly(
                        open(JETISU, "rec-2", GRANTS, FollowUpStatus.IN_PROGRESS),
                        open(ALMATY, "rec-1", YOUTH_CENTRES, FollowUpStatus.NOT_STARTED));
        assertThat(second.handoffPackage().openRecommendations().get(1).text().kk())
                .isEqualTo("Әр ауданда жастар орталығын ашу: ә ғ қ ң ө ұ ү һ і");
        assertThat(second.handoffPackage().openRecommendationsLeftOut()).isZero();
        assertThat(relay.openRecommendations("s", ALMATY)).isEqualTo(second.handoffPackage().openRecommendations());
    }

    @Test
    void shouldTakeTheLatestReportAsTheStatusSoAReopenedItemIsOpenAgain() {
        Relay relay = plannedRelay();
        relay.learn(adopted(JETISU, rec("rec-1", YOUTH_CENTRES), rec("rec-2", GRANTS)));
        relay.learn(reported(JETISU, "rec-1", FollowUpStatus.IN_PROGRESS));
        relay.learn(reported(JETISU, "rec-1", FollowUpStatus.DONE));
        relay.learn(reported(JETISU, "rec-2", FollowUpStatus.DONE));
        relay.learn(reported(JETISU, "rec-2", FollowUpStatus.IN_PROGRESS));

        assertThat(relay.openRecommendations("s", JETISU))
                .containsExactly(open(JETISU, "rec-2", GRANTS, FollowUpStatus.IN_PROGRESS));
    }

    @Test
    void shouldCarryNothingOpenForAnAdoptionWrittenBeforeItsRecommendationsWereInTheEvent() {
        Relay relay = plannedRelay();
        relay.learn(adopted(JETISU));

        HandoffPackage handoffPackage = ((BatonPassed) relay.forumCompleted("s", JETISU).get(0)).handoffPackage();

        assertThat(handoffPackage.resolution()).isNotNull();
        assertThat(handoffPackage.openRecommendations()).isEmpty();
    }

    @Test
    void shouldLeaveOutTheOldestForumsItemsPastTheSizeLimitAndCountThem() {
        Relay relay = plannedRelay();
        Trilingual longest = Trilingual.of("қ".repeat(4000), "ж".repeat(4000), "e".repeat(4000));
        relay.learn(adopted(JETISU, recs(30, longest)));
        relay.learn(adopted(ALMATY, recs(30, longest)));
        relay.learn(adopted(ABAI, recs(30, longest)));
        relay.learn(new SchedulingFact.PreparationOpened("s", ABAI, "KZ-10", 3));

        HandoffPackage handoffPackage = ((BatonPassed) relay.forumCompleted("s", ABAI).get(0)).handoffPackage();

        List<OpenRecommendation> listed = handoffPackage.openRecommendations();
        assertThat(listed.size() + handoffPackage.openRecommendationsLeftOut()).isEqualTo(90);
        assertThat(handoffPackage.openRecommendationsLeftOut()).isPositive();
        assertThat(listed.stream().mapToLong(OpenRecommendationsTest::bytes).sum())
                .isLessThanOrEqualTo(OpenItems.MAX_TEXT_BYTES);
        assertThat(listed.get(listed.size() - 1)).as("the completed forum's last one is kept")
                .extracting(OpenRecommendation::forumId, OpenRecommendation::recommendationId)
                .containsExactly(ABAI, "rec-30");
        assertThat(listed).extracting(OpenRecommendation::forumId).as("the oldest forum's go first")
                .doesNotContain(JETISU);
    }

    @ParameterizedTest
    @MethodSource("replayOrders")
    void shouldCarryTheSameOpenItemsWhateverOrderTheForumsFactsAreReplayedIn(
            UnaryOperator<List<List<PackageFact>>> replay) {
        Relay relay = plannedRelay();
        replay.apply(List.of(
                List.of(adopted(JETISU, rec("rec-1", YOUTH_CENTRES), rec("rec-2", GRANTS)),
                        reported(JETISU, "rec-1", FollowUpStatus.IN_PROGRESS),
                        reported(JETISU, "rec-2", FollowUpStatus.DONE)),
                List.of(adopted(ALMATY, rec("rec-1", MEDIA))),
                List.of(adopted(ABAI, rec("rec-1", GRANTS)), reported(ABAI, "rec-1", FollowUpStatus.DECLINED))))
                .forEach(inOrder -> inOrder.forEach(relay::learn));

        assertThat(relay.openRecommendations("s", TURKISTAN)).containsExactly(
                open(JETISU, "rec-1", YOUTH_CENTRES, FollowUpStatus.IN_PROGRESS),
                open(ALMATY, "rec-1", MEDIA, FollowUpStatus.NOT_STARTED));
    }

    /** Each forum's facts in the order written (one topic, keyed by the forum); the forums in any order. */
    static Stream<Named<UnaryOperator<List<List<PackageFact>>>>> replayOrders() {
        return ReplayOrders.all(20261313L);
    }

    private static Relay plannedRelay() {
        Relay relay = new Relay();
        relay.learn(new SchedulingFact.SeriesPlanned("s", List.of("KZ-33", "KZ-75", "KZ-10", "KZ-61"),
                List.of(JETISU, ALMATY, ABAI, TURKISTAN)));
        relay.learn(new SchedulingFact.PreparationOpened("s", JETISU, "KZ-33", 1));
        relay.learn(new SchedulingFact.SeriesPlanned("other", List.of("KZ-33"), List.of("other-01-kz-33")));
        return relay;
    }

    private static PackageFact.ResolutionAdopted adopted(String forumId, AdoptedRecommendation... recommendations) {
        return adopted(forumId, List.of(recommendations));
    }

    private static PackageFact.ResolutionAdopted adopted(String forumId, List<AdoptedRecommendation> recommendations) {
        return new PackageFact.ResolutionAdopted(forumId, "res-" + forumId, null,
                Trilingual.of("Форум қарары", "Резолюция форума", "Resolution of the forum"),
                Map.of("REGIONAL_AKIMAT", recommendations.size()), recommendations);
    }

    private static AdoptedRecommendation rec(String id, Trilingual text) {
        return new AdoptedRecommendation(id, "REGIONAL_AKIMAT", AKIMAT, text);
    }

    private static List<AdoptedRecommendation> recs(int count, Trilingual text) {
        List<AdoptedRecommendation> recs = new ArrayList<>();
        IntStream.rangeClosed(1, count).forEach(i -> recs.add(rec("rec-" + i, text)));
        return recs;
    }

    private static PackageFact.RecommendationProgressReported reported(String forumId, String id,
            FollowUpStatus status) {
        return new PackageFact.RecommendationProgressReported(forumId, id, status);
    }

    private static OpenRecommendation open(String forumId, String id, Trilingual text, FollowUpStatus status) {
        return new OpenRecommendation(forumId, id, "REGIONAL_AKIMAT", AKIMAT, text, status);
    }

    private static long bytes(OpenRecommendation r) {
        return Stream.of(r.forumId(), r.recommendationId(), r.addresseeKind(), r.addressee().kk(), r.addressee().ru(),
                r.addressee().en(), r.text().kk(), r.text().ru(), r.text().en())
                .mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum();
    }
}
