package kz.civicrelay.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.civicrelay.handoff.domain.HandoffEvent.BatonPassed;

/**
 * A suspended series' baton does not pass; a completion that arrived meanwhile passes it when the series resumes. A
 * series closed early never passes it again. Other series' batons are not affected (decision 0017).
 */
class SuspendedSeriesTest {

    private static final String SERIES = "s";
    private static final String JETISU = "s-01-kz-33";
    private static final String ALMATY = "s-02-kz-75";
    private static final String ASTANA = "s-03-kz-71";
    private static final Instant T0 = Instant.parse("2026-03-11T12:00:00Z");

    private final Relay relay = new Relay();

    @Test
    void shouldNotPassTheBatonOfASuspendedSeries() {
        givenPlan(SERIES);
        relay.learn(new SchedulingFact.SeriesSuspended(SERIES));

        relay.learn(new SchedulingFact.ForumCompleted(SERIES, JETISU));

        assertThat(relay.forumCompleted(SERIES, JETISU)).isEmpty();
        assertThat(relay.isSuspended(SERIES)).isTrue();
        assertThat(relay.holder(SERIES)).map(HostForum::forumId).contains(JETISU);
    }

    @Test
    void shouldPassTheBatonOnResumeWhenItsHolderCompletedMeanwhile() {
        givenPlan(SERIES);
        relay.learn(new SchedulingFact.SeriesSuspended(SERIES));
        relay.learn(new SchedulingFact.ForumCompleted(SERIES, JETISU));

        relay.learn(new SchedulingFact.SeriesResumed(SERIES));
        List<HandoffEvent> events = relay.seriesResumed(SERIES);
        given(events);

        assertThat(events.get(0)).isEqualTo(new BatonPassed(SERIES, 1, JETISU, "KZ-33", ALMATY, "KZ-75", 2,
                HandoffPackage.unknown(JETISU)));
        assertThat(RelayTest.notifications(events)).hasSize(20);
        assertThat(relay.isSuspended(SERIES)).isFalse();
        assertThat(relay.seriesResumed(SERIES)).as("passed once").isEmpty();
        assertThat(relay.forumCompleted(SERIES, JETISU)).as("nor again on the completion").isEmpty();
    }

    @Test
    void resumingPassesNothingWhenNoCompletionCameMeanwhile() {
        givenPlan(SERIES);
        relay.learn(new SchedulingFact.SeriesSuspended(SERIES));
        relay.learn(new SchedulingFact.SeriesResumed(SERIES));

        assertThat(relay.seriesResumed(SERIES)).isEmpty();
        assertThat(relay.seriesResumed("unknown")).isEmpty();
    }

    @Test
    void resumingStillPassesAfterABatonOnItsWayToACancelledForum() {
        givenPlan(SERIES);
        given(relay.forumCompleted(SERIES, JETISU));
        relay.learn(new SchedulingFact.SeriesSuspended(SERIES));
        relay.learn(new SchedulingFact.ForumCancelled(SERIES, ALMATY));
        assertThat(relay.forumCancelled(SERIES, ALMATY)).as("not while suspended").isEmpty();

        relay.learn(new SchedulingFact.SeriesResumed(SERIES));
        List<HandoffEvent> events = relay.seriesResumed(SERIES);

        assertThat(events.get(0)).isEqualTo(new BatonPassed(SERIES, 2, JETISU, "KZ-33", ASTANA, "KZ-71", 3,
                HandoffPackage.unknown(JETISU)));
    }

    @Test
    void shouldNeverPassTheBatonOfASeriesClosedEarly() {
        givenPlan(SERIES);
        relay.learn(new SchedulingFact.SeriesSuspended(SERIES));
        relay.learn(new SchedulingFact.ForumCompleted(SERIES, JETISU));
        relay.learn(new SchedulingFact.SeriesClosedEarly(SERIES));

        assertThat(relay.forumCompleted(SERIES, JETISU)).isEmpty();
        assertThat(relay.seriesResumed(SERIES)).isEmpty();
        assertThat(relay.forumCancelled(SERIES, ALMATY)).isEmpty();
        assertThat(relay.isClosed(SERIES)).isTrue();
        assertThat(relay.isCompleted(SERIES)).isFalse();
    }

    @Test
    void aSuspendedSeriesDoesNotStopAnother() {
        givenPlan(SERIES);
        givenPlan("t");
        relay.learn(new SchedulingFact.SeriesSuspended("t"));

        assertThat(relay.forumCompleted(SERIES, JETISU)).isNotEmpty();
        assertThat(relay.forumCompleted("t", "t-01-kz-33")).isEmpty();
    }

    private void givenPlan(String seriesId) {
        List<String> forums = List.of(seriesId + "-01-kz-33", seriesId + "-02-kz-75", seriesId + "-03-kz-71");
        relay.learn(new SchedulingFact.SeriesPlanned(seriesId, List.of("KZ-33", "KZ-75", "KZ-71"), forums, T0));
        relay.learn(new SchedulingFact.PreparationOpened(seriesId, forums.get(0), "KZ-33", 1));
    }

    private void given(List<HandoffEvent> events) {
        events.forEach(e -> relay.apply(e, T0));
    }
}
