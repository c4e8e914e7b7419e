package kz.civicrelay.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import kz.civicrelay.handoff.domain.HandoffEvent.BatonPassed;
import kz.civicrelay.handoff.domain.HandoffEvent.NotificationIssued;

/** Passing the baton: once per completed forum, to the next forum held, with a notification to every region. */
class RelayTest {

    static final String SERIES = "s";
    static final String JETISU = "s-01-kz-33";
    static final String ALMATY = "s-02-kz-75";
    static final String ASTANA = "s-03-kz-71";
    static final Instant T0 = Instant.parse("2026-03-11T12:00:00Z");

    private final Relay relay = new Relay();

    @Test
    void shouldGiveTheBatonToTheFirstHostWhenItsPreparationOpens() {
        givenPlan();

        assertThat(relay.holder()).contains(new HostForum(JETISU, "KZ-33", 1));
        assertThat(relay.handoffs()).isEmpty();
    }

    @Test
    void shouldPassTheBatonToTheNextForumWhenAForumCompletes() {
        givenPlan();

        List<HandoffEvent> events = relay.forumCompleted(SERIES, JETISU);

        assertThat(events.get(0)).isEqualTo(new BatonPassed(SERIES, 1, JETISU, "KZ-33", ALMATY, "KZ-75",
                2, HandoffPackage.unknown(JETISU)));
        List<NotificationIssued> notes = notifications(events);
        assertThat(notes).hasSize(20).extracting(NotificationIssued::recipientRegionCode).doesNotHaveDuplicates();
        assertThat(notes).extracting(NotificationIssued::forumId).containsOnly(ALMATY);
        assertThat(notes).filteredOn(n -> n.kind() == NotificationKind.SERIES_UPDATE).hasSize(18)
                .allSatisfy(n -> assertThat(n.acknowledgementRequired()).isFalse());
        NotificationIssued received = only(notes, NotificationKind.BATON_RECEIVED);
        assertThat(received.recipientRegionCode()).isEqualTo("KZ-75");
        assertThat(received.acknowledgementRequired()).isTrue();
        assertThat(received.notificationId()).isEqualTo("s-02-kz-75-kz-75");
        assertThat(received.message().kk()).contains("Эстафета Жетісу облысынан Алматы қаласына өтті");
        assertThat(received.message().ru()).contains("«область Жетісу»").contains("«город Алматы»");
        assertThat(received.message().en()).contains("from Jetisu Region to Almaty");
        NotificationIssued passed = only(notes, NotificationKind.BATON_PASSED);
        assertThat(passed.recipientRegionCode()).isEqualTo("KZ-33");
        assertThat(passed.acknowledgementRequired()).isFalse();
    }

    @Test
    void shouldPassNothingWhenTheSameCompletionComesAgain() {
        givenPlan();
        given(relay.forumCompleted(SERIES, JETISU));

        assertThat(relay.forumCompleted(SERIES, JETISU)).as("a repeated completion passes nothing").isEmpty();
        assertThat(relay.handoffs()).hasSize(1);
    }

    @Test
    void shouldMoveTheHolderWithEveryHandoffAndNumberThem() {
        givenPlan();
        given(relay.forumCompleted(SERIES, JETISU));

        List<HandoffEvent> second = relay.forumCompleted(SERIES, ALMATY);
        given(second);

        assertThat(second.get(0)).isEqualTo(new BatonPassed(SERIES, 2, ALMATY, "KZ-75", ASTANA, "KZ-71",
                3, HandoffPackage.unknown(ALMATY)));
        assertThat(relay.holder()).contains(new HostForum(ASTANA, "KZ-71", 3));
        assertThat(relay.handoffs()).extracting(BatonPass::handoffNumber).containsExactly(1, 2);
        assertThat(relay.handoffs().get(0).occurredAt()).isEqualTo(T0);
    }

    @Test
    void shouldPassTheBatonOverACancelledForum() {
        givenPlan();
        relay.learn(new SchedulingFact.ForumCancelled(SERIES, ALMATY));

        List<HandoffEvent> events = relay.forumCompleted(SERIES, JETISU);

        assertThat(events.get(0)).isEqualTo(new BatonPassed(SERIES, 1, JETISU, "KZ-33", ASTANA, "KZ-71",
                3, HandoffPackage.unknown(JETISU)));
        assertThat(only(notifications(events), NotificationKind.BATON_RECEIVED).recipientRegionCode())
                .isEqualTo("KZ-71");
    }

    @Test
    void shouldPassNothingWhenTheLastForumCompletes() {
        givenPlan();
        given(relay.forumCompleted(SERIES, JETISU));
        given(relay.forumCompleted(SERIES, ALMATY));

        assertThat(relay.forumCompleted(SERIES, ASTANA)).isEmpty();
        assertThat(relay.holder()).map(HostForum::forumId).contains(ASTANA);
    }

    @Test
    void shouldRefuseToPassTheBatonFromAForumThatDoesNotHoldIt() {
        givenPlan();

        assertThatThrownBy(() -> relay.forumCompleted(SERIES, ALMATY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("held by " + JETISU);
    }

    @Test
    void shouldRejectTheCompletionOfAnUnknownForum() {
        givenPlan();

        assertThatThrownBy(() -> relay.forumCompleted(SERIES, "s-09-kz-10"))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void shouldPassTheBatonOnWhenTheForumItWasPassedToIsCancelled() {
        givenPlan();
        given(relay.forumCompleted(SERIES, JETISU));
        relay.learn(new SchedulingFact.ForumCancelled(SERIES, ALMATY));

        List<HandoffEvent> events = relay.forumCancelled(SERIES, ALMATY);
        given(events);

        assertThat(events.get(0)).isEqualTo(new BatonPassed(SERIES, 2, JETISU, "KZ-33", ASTANA, "KZ-71",
                3, HandoffPackage.unknown(JETISU)));
        assertThat(relay.holder()).map(HostForum::forumId).contains(ASTANA);
        assertThat(relay.forumCancelled(SERIES, ALMATY)).as("re-delivered cancellation").isEmpty();
        assertThat(relay.forumCompleted(SERIES, JETISU)).as("re-delivered completion").isEmpty();
    }

    @Test
    void shouldPassNothingWhenAForumWithoutTheBatonIsCancelled() {
        givenPlan();
        relay.learn(new SchedulingFact.ForumCancelled(SERIES, ASTANA));

        assertThat(relay.forumCancelled(SERIES, ASTANA)).isEmpty();
    }

    @Test
    void shouldAnnounceTheEndOfTheSeriesToEveryRegionOnce() {
        givenPlan();
        relay.learn(new SchedulingFact.SeriesCompleted(SERIES, JETISU, "KZ-33"));

        List<HandoffEvent> events = relay.seriesCompleted(SERIES, JETISU, "KZ-33");
        given(events);

        assertThat(notifications(events)).hasSize(20)
                .allSatisfy(n -> assertThat(n.kind()).isEqualTo(NotificationKind.SERIES_COMPLETED))
                .allSatisfy(n -> assertThat(n.acknowledgementRequired()).isFalse())
                .allSatisfy(n -> assertThat(n.message().kk()).contains("Жетісу облысы өткізді"));
        assertThat(relay.seriesCompleted(SERIES, JETISU, "KZ-33")).as("announced once").isEmpty();
        assertThat(relay.isCompleted()).isTrue();
        assertThat(relay.holder()).map(HostForum::forumId).as("the last host keeps the baton").contains(JETISU);
    }

    @Test
    void shouldKeepOneHolderWhateverOrderAReplayBringsTheEventsIn() {
        relay.learn(new SchedulingFact.PreparationOpened(SERIES, ALMATY, "KZ-75", 2));
        relay.apply(new BatonPassed(SERIES, 1, JETISU, "KZ-33", ALMATY, "KZ-75",
                2, HandoffPackage.unknown(JETISU)), T0);
        relay.learn(new SchedulingFact.PreparationOpened(SERIES, JETISU, "KZ-33", 1));
        relay.learn(new SchedulingFact.SeriesPlanned(SERIES, List.of("KZ-33", "KZ-75", "KZ-71"),
                List.of(JETISU, ALMATY, ASTANA)));

        assertThat(relay.holder()).contains(new HostForum(ALMATY, "KZ-75", 2));
        assertThat(relay.forumCompleted(SERIES, JETISU)).isEmpty();
        assertThat(relay.forumCompleted(SERIES, ALMATY).get(0)).isInstanceOf(BatonPassed.class);
    }

    @Test
    void shouldKeepEachSeriesBatonApart() {
        givenPlan();
        given(relay.forumCompleted(SERIES, JETISU));
        relay.learn(new SchedulingFact.SeriesPlanned("t", List.of("KZ-10"), List.of("t-01-kz-10"), T0));
        relay.learn(new SchedulingFact.PreparationOpened("t", "t-01-kz-10", "KZ-10", 1));

        assertThat(relay.seriesIds()).as("newest first").containsExactly("t", SERIES);
        assertThat(relay.holder()).as("the newest series'").map(HostForum::forumId).contains("t-01-kz-10");
        assertThat(relay.handoffs("t")).isEmpty();
        assertThat(relay.holder(SERIES)).map(HostForum::forumId).contains(ALMATY);
        assertThat(relay.notifications()).as("notifications stay").hasSize(20);
        relay.learn(new SchedulingFact.PreparationOpened(SERIES, ALMATY, "KZ-75", 2));
        assertThat(relay.forumCompleted(SERIES, ALMATY)).as("the older series runs on").isNotEmpty();
        assertThat(relay.forumCompleted("t", "t-01-kz-10")).as("its only forum was its last").isEmpty();
        assertThatThrownBy(() -> relay.forumCompleted("u", "u-01-kz-10")).isInstanceOf(NoSuchElementException.class)
                .hasMessage("No forum u-01-kz-10 in series u");
        assertThatThrownBy(() -> relay.holder("u")).isInstanceOf(NoSuchElementException.class);
    }

    private void givenPlan() {
        relay.learn(new SchedulingFact.SeriesPlanned(SERIES, List.of("KZ-33", "KZ-75", "KZ-71"),
                List.of(JETISU, ALMATY, ASTANA)));
        relay.learn(new SchedulingFact.ForumScheduled(SERIES, JETISU, "KZ-33", 1));
        relay.learn(new SchedulingFact.ForumScheduled(SERIES, ALMATY, "KZ-75", 2));
        relay.learn(new SchedulingFact.ForumScheduled(SERIES, ASTANA, "KZ-71", 3));
        relay.learn(new SchedulingFact.PreparationOpened(SERIES, JETISU, "KZ-33", 1));
    }

    private void given(List<HandoffEvent> events) {
        events.forEach(e -> relay.apply(e, T0));
    }

    static List<NotificationIssued> notifications(List<HandoffEvent> events) {
        return events.stream().filter(NotificationIssued.class::isInstance).map(NotificationIssued.class::cast)
                .toList();
    }

    private static NotificationIssued only(List<NotificationIssued> notes, NotificationKind kind) {
        List<NotificationIssued> ofKind = notes.stream().filter(n -> n.kind() == kind).toList();
        assertThat(ofKind).hasSize(1);
        return ofKind.get(0);
    }
}
