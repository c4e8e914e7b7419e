package kz.civicrelay.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.civicrelay.platform.testing.ReplayOrders;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumCompleted;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumScheduled;
import kz.civicrelay.scheduling.domain.SchedulingEvent.PreparationOpened;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesCompleted;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesPlanned;

class SeriesTest {

    private static final Trilingual TEXT = Trilingual.of("Мәтін", "Текст", "Text");

    private final Schedule schedule = new Schedule();

    @Test
    void shouldPlanEveryForumAndOpenPreparationOfTheFirstOnly() {
        List<SchedulingEvent> events = schedule.plan(plan("KZ-33", "KZ-75", "KZ-71"));

        assertThat(events.get(0)).isInstanceOf(SeriesPlanned.class);
        assertThat(events).filteredOn(e -> e instanceof SchedulingEvent.ForumScheduled).hasSize(3);
        assertThat(events.get(events.size() - 1))
                .isEqualTo(new PreparationOpened("ss-01-kz-33", 1, "KZ-33", null));
    }

    @Test
    void shouldRefuseASeriesIdUsedBefore() {
        given(schedule.plan(plan("KZ-33", "KZ-75")));

        assertThatThrownBy(() -> schedule.plan(plan("KZ-10")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already planned");
    }

    @Test
    void shouldRefuseToConveneAForumWhosePreparationIsNotOpen() {
        given(schedule.plan(plan("KZ-33", "KZ-75")));

        assertThatThrownBy(() -> schedule.convene("ss-02-kz-75")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRefuseCompletionBeforeTheResolutionIsAdopted() {
        given(schedule.plan(plan("KZ-33", "KZ-75")));
        given(schedule.convene("ss-01-kz-33"));

        assertThatThrownBy(() -> schedule.complete("ss-01-kz-33"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("resolution is adopted");
    }

    @Test
    void shouldCompleteAfterAdoptionAndNotCompleteTwice() {
        given(schedule.plan(plan("KZ-33", "KZ-75")));
        given(schedule.convene("ss-01-kz-33"));
        schedule.resolutionAdopted("ss", "ss-01-kz-33", "res-1");

        List<SchedulingEvent> events = schedule.complete("ss-01-kz-33");
        given(events);

        assertThat(events).containsExactly(new ForumCompleted("ss-01-kz-33", 1, "KZ-33", "res-1"));
        assertThatThrownBy(() -> schedule.complete("ss-01-kz-33")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldOpenTheNextForumOnceWhenTheBatonArrives() {
        given(schedule.plan(plan("KZ-33", "KZ-75")));

        List<SchedulingEvent> first = arrive("ss-02-kz-75", "KZ-33");
        given(first);

        assertThat(first).containsExactly(new PreparationOpened("ss-02-kz-75", 2, "KZ-75", "KZ-33"));
        assertThat(arrive("ss-02-kz-75", "KZ-33")).as("a repeated baton opens nothing").isEmpty();
    }

    @Test
    void shouldCompleteTheSeriesWithItsLastForum() {
        given(schedule.plan(plan("KZ-33", "KZ-75")));
        given(arrive("ss-02-kz-75", "KZ-33"));
        given(schedule.convene("ss-02-kz-75"));
        schedule.resolutionAdopted("ss", "ss-02-kz-75", "res-2");

        List<SchedulingEvent> events = schedule.complete("ss-02-kz-75");

        assertThat(events).contains(new SeriesCompleted("ss", 2, "ss-02-kz-75", "KZ-75"));
    }

    @Test
    void shouldSkipACancelledForumWhenCountingTheSeries() {
        given(schedule.plan(plan("KZ-33", "KZ-75", "KZ-71")));
        given(schedule.cancel("ss-03-kz-71", TEXT));
        given(arrive("ss-02-kz-75", "KZ-33"));
        given(schedule.convene("ss-02-kz-75"));
        schedule.resolutionAdopted("ss", "ss-02-kz-75", "res-2");

        assertThat(schedule.complete("ss-02-kz-75")).hasAtLeastOneElementOfType(SeriesCompleted.class);
    }

    @Test
    void shouldRejectAPlanWithAnUnknownRegion() {
        assertThatThrownBy(() -> plan("KZ-99")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KZ-99");
    }

    @Test
    void shouldRejectAPlanWhereARegionHostsTwice() {
        assertThatThrownBy(() -> plan("KZ-33", "KZ-33")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldOnlyAllowTheLifecycleForward() {
        assertThat(ForumStatus.SCHEDULED.canBecome(ForumStatus.PREPARATION_OPEN)).isTrue();
        assertThat(ForumStatus.CONVENED.canBecome(ForumStatus.PREPARATION_OPEN)).isFalse();
        assertThat(ForumStatus.COMPLETED.next()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("replayOrders")
    void listsForumsInPlanOrderWhateverOrderTheirEventsArrive(UnaryOperator<List<SchedulingEvent>> replay) {
        // Given the events of a six-forum plan: the plan first, its forums (one partition each) in a replay's order
        List<SchedulingEvent> written = new Schedule().plan(plan("KZ-33", "KZ-75", "KZ-71", "KZ-10", "KZ-61", "KZ-79"));

        // When a restarted service folds them
        given(written.subList(0, 1));
        given(replay.apply(scheduledForums(written)));

        // Then its forums are listed in the order the baton travels
        assertThat(schedule.series("ss").forums()).extracting(PlannedForum::position).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(schedule.series("ss").forums()).extracting(PlannedForum::regionCode)
                .containsExactly("KZ-33", "KZ-75", "KZ-71", "KZ-10", "KZ-61", "KZ-79");
    }

    @Test
    void completesTheSeriesWithTheLastForumOfThePlanEvenWhenItsEventArrivedFirst() {
        // Given a plan whose forums a replay brought in reverse order, and its last forum convened and adopted
        List<SchedulingEvent> written = new Schedule().plan(plan("KZ-33", "KZ-75"));
        given(written.subList(0, 1));
        given(ReplayOrders.reversed(scheduledForums(written)));
        given(written.subList(written.size() - 1, written.size()));
        given(arrive("ss-02-kz-75", "KZ-33"));
        given(schedule.convene("ss-02-kz-75"));
        schedule.resolutionAdopted("ss", "ss-02-kz-75", "res-2");

        // When the last forum of the plan completes
        List<SchedulingEvent> events = schedule.complete("ss-02-kz-75");

        // Then the series completes with it
        assertThat(events).contains(new SeriesCompleted("ss", 2, "ss-02-kz-75", "KZ-75"));
    }

    @Test
    void doesNotCompleteTheSeriesWithAForumBeforeTheLastEvenWhenItsEventArrivedLast() {
        // Given a plan whose forums a replay brought in reverse order, and its first forum convened and adopted
        List<SchedulingEvent> written = new Schedule().plan(plan("KZ-33", "KZ-75"));
        given(written.subList(0, 1));
        given(ReplayOrders.reversed(scheduledForums(written)));
        given(written.subList(written.size() - 1, written.size()));
        given(schedule.convene("ss-01-kz-33"));
        schedule.resolutionAdopted("ss", "ss-01-kz-33", "res-1");

        // When the first forum completes
        List<SchedulingEvent> events = schedule.complete("ss-01-kz-33");

        // Then only the forum completes
        assertThat(events).containsExactly(new ForumCompleted("ss-01-kz-33", 1, "KZ-33", "res-1"));
    }

    @Test
    void keepsTheForumsAReplayBringsBeforeThePlanItself() {
        // Given a plan's events, its forums and the first one's preparation read before the plan itself
        // (written in the same millisecond to other partitions)
        List<SchedulingEvent> written = new Schedule().plan(plan("KZ-33", "KZ-75", "KZ-71"));

        // When a restarted service folds the plan last
        given(written.subList(1, written.size()));
        given(written.subList(0, 1));

        // Then every forum of the plan is there, with its status
        assertThat(schedule.series("ss").forums()).extracting(PlannedForum::position).containsExactly(1, 2, 3);
        assertThat(schedule.series("ss").statusOf("ss-01-kz-33")).isEqualTo(ForumStatus.PREPARATION_OPEN);
        assertThat(schedule.series("ss").seriesId()).isEqualTo("ss");
    }

    /** The orders a replay may bring events in: as written, reversed, shuffled, partition after partition. */
    static Stream<Named<UnaryOperator<List<SchedulingEvent>>>> replayOrders() {
        return ReplayOrders.all(20260310L);
    }

    private static List<SchedulingEvent> scheduledForums(List<SchedulingEvent> events) {
        return events.stream().filter(ForumScheduled.class::isInstance).toList();
    }

    private List<SchedulingEvent> arrive(String forumId, String fromRegion) {
        schedule.batonReached("ss", forumId, fromRegion);
        return schedule.batonArrived("ss", forumId);
    }

    private void given(List<SchedulingEvent> events) {
        events.forEach(e -> schedule.apply("ss", e));
    }

    private static SeriesPlan plan(String... regions) {
        List<PlannedForum> forums = new ArrayList<>();
        for (int i = 0; i < regions.length; i++) {
            LocalDate day = LocalDate.of(2026, 3, 1).plusWeeks(i);
            forums.add(new PlannedForum(SeriesPlan.forumId("ss", i + 1, regions[i]), i + 1, regions[i], TEXT, TEXT,
                    TEXT, TEXT, day, day.plusDays(1), 200, false));
        }
        return new SeriesPlan("ss", TEXT, forums);
    }
}
