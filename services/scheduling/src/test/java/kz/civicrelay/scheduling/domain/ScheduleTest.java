package kz.civicrelay.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.scheduling.domain.SchedulingEvent.PreparationOpened;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesPlanned;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesResumed;

/** Several series at once, each with its own plan and baton. */
class ScheduleTest {

    private static final Trilingual TEXT = Trilingual.of("Мәтін", "Текст", "Text");

    private final Schedule schedule = new Schedule();

    @Test
    void shouldPlanANewSeriesWhileAnotherRuns() {
        given("this-year", schedule.plan(plan("this-year", "KZ-33", "KZ-75")));

        List<SchedulingEvent> next = schedule.plan(plan("next-year", "KZ-10", "KZ-11"));
        given("next-year", next);

        assertThat(next.get(0)).isInstanceOf(SeriesPlanned.class);
        assertThat(schedule.all()).extracting(Series::seriesId).containsExactly("next-year", "this-year");
        assertThat(schedule.series("this-year").statusOf("this-year-01-kz-33")).isEqualTo(ForumStatus.PREPARATION_OPEN);
        assertThat(schedule.series("next-year").statusOf("next-year-01-kz-10")).isEqualTo(ForumStatus.PREPARATION_OPEN);
    }

    @Test
    void eachDecisionConcernsOnlyItsOwnSeries() {
        given("sa", schedule.plan(plan("sa", "KZ-33", "KZ-75")));
        given("sb", schedule.plan(plan("sb", "KZ-33", "KZ-75")));
        given("sa", schedule.suspend("sa", null));

        assertThatThrownBy(() -> schedule.convene("sa-01-kz-33")).isInstanceOf(IllegalStateException.class);
        assertThat(schedule.convene("sb-01-kz-33")).hasSize(1);
        assertThat(schedule.series("sb").status()).isEqualTo(SeriesStatus.RUNNING);
    }

    @Test
    void theBatonOfOneSeriesOpensNothingInAnother() {
        given("sa", schedule.plan(plan("sa", "KZ-33", "KZ-75")));
        given("sb", schedule.plan(plan("sb", "KZ-33", "KZ-75")));
        given("sb", schedule.suspend("sb", null));

        schedule.batonReached("sa", "sa-02-kz-75", "KZ-33");

        assertThat(schedule.batonArrived("sa", "sa-02-kz-75"))
                .containsExactly(new PreparationOpened("sa-02-kz-75", 2, "KZ-75", "KZ-33"));
        assertThat(schedule.resume("sb")).containsExactly(new SeriesResumed("sb"));
    }

    @Test
    void aBatonForASeriesNotPlannedOpensNothing() {
        assertThat(schedule.batonArrived("unknown", "unknown-02-kz-75")).isEmpty();
        schedule.resolutionAdopted("unknown", "unknown-01-kz-33", "res");
        assertThat(schedule.all()).as("a series only learned of is not listed").isEmpty();
        assertThatThrownBy(() -> schedule.series("unknown")).isInstanceOf(NoSuchElementException.class)
                .hasMessage("No series unknown");
        assertThatThrownBy(() -> schedule.suspend("unknown", null)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aSeriesLearnedOfBeforeItsPlanCanStillBePlanned() {
        schedule.resolutionAdopted("late", "late-01-kz-33", "res-1");

        assertThat(schedule.plan(plan("late", "KZ-33"))).isNotEmpty();
    }

    @Test
    void shouldNameTheSeriesOfEachDecision() {
        given("sa", schedule.plan(plan("sa", "KZ-33", "KZ-75")));
        given("sb", schedule.plan(plan("sb", "KZ-33", "KZ-75")));

        assertThat(schedule.seriesIdOf(schedule.plan(plan("sc", "KZ-10")))).isEqualTo("sc");
        assertThat(schedule.seriesIdOf(schedule.convene("sb-01-kz-33"))).isEqualTo("sb");
        assertThat(schedule.seriesIdOf(schedule.suspend("sa", null))).isEqualTo("sa");
        assertThat(schedule.seriesOf("sa-02-kz-75").seriesId()).isEqualTo("sa");
    }

    @Test
    void knowsTheSeriesOfAForumFoldedBeforeItsPlan() {
        List<SchedulingEvent> written = new Schedule().plan(plan("sa", "KZ-33", "KZ-75"));

        given("sa", written.subList(1, written.size()));

        assertThat(schedule.seriesIdOf(List.of(written.get(written.size() - 1)))).isEqualTo("sa");
        assertThat(schedule.all()).as("listed once its plan is folded").isEmpty();
        given("sa", written.subList(0, 1));
        assertThat(schedule.all()).extracting(Series::seriesId).containsExactly("sa");
    }

    @Test
    void refusesAForumOfNoSeries() {
        assertThatThrownBy(() -> schedule.convene("nowhere-01-kz-33")).isInstanceOf(NoSuchElementException.class)
                .hasMessage("No forum nowhere-01-kz-33");
        assertThatThrownBy(() -> schedule.seriesIdOf(List.of(new SchedulingEvent.ForumConvened("x", 1, "KZ-33"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No series holds forum x");
    }

    @Test
    void aForumOfAnotherSeriesIsNotFoundInThisOne() {
        given("sa", schedule.plan(plan("sa", "KZ-33")));

        assertThatThrownBy(() -> schedule.series("sa").forum("sb-01-kz-33")).isInstanceOf(NoSuchElementException.class)
                .hasMessage("No forum sb-01-kz-33 in series sa");
    }

    private void given(String seriesId, List<SchedulingEvent> events) {
        events.forEach(e -> schedule.apply(seriesId, e));
    }

    private static SeriesPlan plan(String seriesId, String... regions) {
        return new SeriesPlan(seriesId, TEXT, SeriesLifecycleTest.forums(seriesId, regions));
    }
}
