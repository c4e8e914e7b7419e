package kz.civicrelay.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumCancelled;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumPostponed;
import kz.civicrelay.scheduling.domain.SchedulingEvent.PreparationOpened;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesClosedEarly;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesResumed;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesSuspended;

/** An operator suspends, resumes or closes a series early: the baton stops, moves again, or stops for good. */
class SeriesLifecycleTest {

    private static final Trilingual TEXT = Trilingual.of("Мәтін", "Текст", "Text");
    private static final Trilingual WHY = Trilingual.of("Су тасқыны", "Паводок", "Flood");
    private static final String FIRST = "ss-01-kz-33";
    private static final String SECOND = "ss-02-kz-75";
    private static final String THIRD = "ss-03-kz-71";

    private final Schedule schedule = new Schedule();

    @Test
    void aNewSeriesRuns() {
        givenPlanned();

        assertThat(series().status()).isEqualTo(SeriesStatus.RUNNING);
        assertThat(series().reason()).isEmpty();
        assertThat(series().isCompleted()).isFalse();
        assertThat(series().batonHolder()).contains(FIRST);
    }

    @Test
    void shouldSuspendARunningSeriesWithOrWithoutAReason() {
        givenPlanned();

        assertThat(schedule.suspend("ss", WHY)).containsExactly(new SeriesSuspended("ss", WHY));
        assertThat(schedule.suspend("ss", null)).containsExactly(new SeriesSuspended("ss", null));
    }

    @Test
    void aSuspendedSeriesKeepsItsReasonUntilResumed() {
        givenPlanned();
        given(schedule.suspend("ss", WHY));

        assertThat(series().status()).isEqualTo(SeriesStatus.SUSPENDED);
        assertThat(series().reason()).contains(WHY);

        given(schedule.resume("ss"));

        assertThat(series().status()).isEqualTo(SeriesStatus.RUNNING);
        assertThat(series().reason()).isEmpty();
    }

    @Test
    void shouldRefuseToSuspendTwice() {
        givenPlanned();
        given(schedule.suspend("ss", null));

        assertThatThrownBy(() -> schedule.suspend("ss", null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Series ss is suspended and cannot be suspended");
    }

    @Test
    void shouldRefuseToResumeASeriesThatRuns() {
        givenPlanned();

        assertThatThrownBy(() -> schedule.resume("ss")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Series ss is running; only a suspended series can be resumed");
    }

    @Test
    void shouldRefuseToConveneOrCompleteWhileSuspended() {
        givenPlanned();
        given(schedule.suspend("ss", null));

        assertThatThrownBy(() -> schedule.convene(FIRST)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Series ss is suspended; cannot convene " + FIRST);
        assertThatThrownBy(() -> schedule.complete(FIRST)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Series ss is suspended; cannot complete " + FIRST);
    }

    @Test
    void shouldStillPostponeOrCancelWhileSuspended() {
        givenPlanned();
        given(schedule.suspend("ss", null));
        LocalDate day = LocalDate.of(2026, 9, 1);

        assertThat(schedule.postpone(SECOND, day, day, TEXT)).containsExactly(new ForumPostponed(SECOND, day, day, TEXT));
        assertThat(schedule.cancel(THIRD, TEXT)).containsExactly(new ForumCancelled(THIRD, TEXT));
    }

    @Test
    void shouldNotOpenPreparationWhenTheBatonArrivesWhileSuspendedButOnResume() {
        givenPlanned();
        givenFirstForumConvenedAndAdopted();
        given(schedule.complete(FIRST));
        given(schedule.suspend("ss", WHY));

        schedule.batonReached("ss", SECOND, "KZ-33");
        assertThat(schedule.batonArrived("ss", SECOND)).as("the baton stops while suspended").isEmpty();

        List<SchedulingEvent> resumed = schedule.resume("ss");

        assertThat(resumed).containsExactly(new SeriesResumed("ss"),
                new PreparationOpened(SECOND, 2, "KZ-75", "KZ-33"));
        given(resumed);
        assertThat(series().statusOf(SECOND)).isEqualTo(ForumStatus.PREPARATION_OPEN);
        assertThat(schedule.batonArrived("ss", SECOND)).as("opened once").isEmpty();
    }

    @Test
    void resumingOpensNothingWhenNoBatonArrivedMeanwhile() {
        givenPlanned();
        given(schedule.suspend("ss", null));

        assertThat(schedule.resume("ss")).containsExactly(new SeriesResumed("ss"));
    }

    @Test
    void shouldCloseARunningSeriesEarlyCountingWhatItHeld() {
        givenPlanned();
        givenFirstForumConvenedAndAdopted();
        given(schedule.complete(FIRST));
        schedule.batonReached("ss", SECOND, "KZ-33");
        given(schedule.batonArrived("ss", SECOND));

        assertThat(schedule.closeEarly("ss", WHY)).containsExactly(new SeriesClosedEarly("ss", WHY, 1, SECOND));
    }

    @Test
    void shouldCloseASuspendedSeriesEarly() {
        givenPlanned();
        given(schedule.suspend("ss", null));

        List<SchedulingEvent> closed = schedule.closeEarly("ss", WHY);
        given(closed);

        assertThat(closed).containsExactly(new SeriesClosedEarly("ss", WHY, 0, FIRST));
        assertThat(series().status()).isEqualTo(SeriesStatus.CLOSED_EARLY);
        assertThat(series().reason()).contains(WHY);
    }

    @Test
    void aClosedSeriesRefusesEverything() {
        givenPlanned();
        givenFirstForumConvenedAndAdopted();
        given(schedule.closeEarly("ss", WHY));
        LocalDate day = LocalDate.of(2026, 9, 1);

        assertThatThrownBy(() -> schedule.complete(FIRST)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed early");
        assertThatThrownBy(() -> schedule.convene(SECOND)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> schedule.postpone(SECOND, day, day, TEXT)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Series ss is closed early; cannot postpone " + SECOND);
        assertThatThrownBy(() -> schedule.cancel(THIRD, TEXT)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Series ss is closed early; cannot cancel " + THIRD);
        assertThatThrownBy(() -> schedule.suspend("ss", null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> schedule.resume("ss")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed early");
        assertThatThrownBy(() -> schedule.closeEarly("ss", WHY)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Series ss is closed early and cannot be closed early");
        schedule.batonReached("ss", SECOND, "KZ-33");
        assertThat(schedule.batonArrived("ss", SECOND)).isEmpty();
    }

    @Test
    void aCompletedSeriesCannotBeSuspendedResumedOrClosed() {
        Schedule single = new Schedule();
        List<SchedulingEvent> planned = single.plan(new SeriesPlan("one", TEXT, List.of(forum("one", 1, "KZ-33"))));
        planned.forEach(e -> single.apply("one", e));
        single.convene("one-01-kz-33").forEach(e -> single.apply("one", e));
        single.resolutionAdopted("one", "one-01-kz-33", "res-1");
        single.complete("one-01-kz-33").forEach(e -> single.apply("one", e));

        assertThat(single.series("one").status()).isEqualTo(SeriesStatus.COMPLETED);
        assertThat(single.series("one").isCompleted()).isTrue();
        assertThatThrownBy(() -> single.suspend("one", null)).hasMessage("Series one is completed and cannot be suspended");
        assertThatThrownBy(() -> single.closeEarly("one", WHY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> single.resume("one")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> single.cancel("one-01-kz-33", TEXT)).hasMessageContaining("is completed; cannot");
    }

    @Test
    void shouldRefuseAReasonLongerThanFiveHundredCharacters() {
        givenPlanned();
        String at = "ә".repeat(Series.MAX_REASON);
        String over = at + "ә";

        assertThat(schedule.closeEarly("ss", Trilingual.of(at, at, at))).hasSize(1);
        assertThatThrownBy(() -> schedule.closeEarly("ss", Trilingual.of(over, "ok", "ok")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 500");
        assertThatThrownBy(() -> schedule.closeEarly("ss", Trilingual.of("ok", over, "ok")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> schedule.suspend("ss", Trilingual.of("ok", "ok", over)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 501");
    }

    @Test
    void theSeriesStatusMovesOnlyAsAllowed() {
        assertThat(SeriesStatus.RUNNING.next()).containsExactlyInAnyOrder(SeriesStatus.SUSPENDED,
                SeriesStatus.COMPLETED, SeriesStatus.CLOSED_EARLY);
        assertThat(SeriesStatus.SUSPENDED.next()).containsExactlyInAnyOrder(SeriesStatus.RUNNING,
                SeriesStatus.CLOSED_EARLY);
        assertThat(SeriesStatus.SUSPENDED.canBecome(SeriesStatus.COMPLETED)).isFalse();
        assertThat(SeriesStatus.COMPLETED.next()).isEmpty();
        assertThat(SeriesStatus.CLOSED_EARLY.next()).isEmpty();
        assertThat(SeriesStatus.CLOSED_EARLY.isOver()).isTrue();
        assertThat(SeriesStatus.COMPLETED.isOver()).isTrue();
        assertThat(SeriesStatus.SUSPENDED.isOver()).isFalse();
        assertThat(SeriesStatus.RUNNING.isOver()).isFalse();
    }

    private Series series() {
        return schedule.series("ss");
    }

    private void givenPlanned() {
        given(schedule.plan(new SeriesPlan("ss", TEXT, List.of(forum("ss", 1, "KZ-33"), forum("ss", 2, "KZ-75"),
                forum("ss", 3, "KZ-71")))));
    }

    private void givenFirstForumConvenedAndAdopted() {
        given(schedule.convene(FIRST));
        schedule.resolutionAdopted("ss", FIRST, "res-1");
    }

    private void given(List<SchedulingEvent> events) {
        events.forEach(e -> schedule.apply("ss", e));
    }

    static PlannedForum forum(String seriesId, int position, String region) {
        LocalDate day = LocalDate.of(2026, 3, 1).plusWeeks(position);
        return new PlannedForum(SeriesPlan.forumId(seriesId, position, region), position, region, TEXT, TEXT, TEXT,
                TEXT, day, day.plusDays(1), 200, false);
    }

    static List<PlannedForum> forums(String seriesId, String... regions) {
        List<PlannedForum> forums = new ArrayList<>();
        for (int i = 0; i < regions.length; i++) {
            forums.add(forum(seriesId, i + 1, regions[i]));
        }
        return forums;
    }
}
