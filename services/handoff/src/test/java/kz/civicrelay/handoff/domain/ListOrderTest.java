package kz.civicrelay.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.civicrelay.platform.testing.ReplayOrders;
import kz.civicrelay.handoff.domain.HandoffEvent.HandoffEscalated;
import kz.civicrelay.reference.Region;
import kz.civicrelay.reference.Regions;

/**
 * What handoff lists comes in one defined order, whatever order a restarted service's replay folds the
 * events in (it reads the partitions one after another; notifications are keyed by region, so they
 * are spread over every partition): handoffs by number, notifications by time, then region code.
 */
class ListOrderTest {

    private static final String SERIES = "s";
    private static final List<String> FORUMS = List.of("s-01-kz-33", "s-02-kz-75", "s-03-kz-71", "s-04-kz-10",
            "s-05-kz-61");
    private static final List<String> REGIONS = List.of("KZ-33", "KZ-75", "KZ-71", "KZ-10", "KZ-61");
    private static final Instant T0 = Instant.parse("2026-03-11T12:00:00Z");

    private final Relay relay = new Relay();

    /** An event as the log holds it: with the time it happened. */
    private record Logged(HandoffEvent event, Instant occurredAt) {
    }

    @ParameterizedTest
    @MethodSource("replayOrders")
    void listsHandoffsByNumberWhateverOrderTheyArrive(UnaryOperator<List<Logged>> replay) {
        // Given four handoffs of a five-forum series, as the service wrote them
        List<Logged> written = written();

        // When a restarted service folds them in a replay's order
        fold(replay.apply(written));

        // Then they are listed by number
        assertThat(relay.handoffs()).extracting(BatonPass::handoffNumber).containsExactly(1, 2, 3, 4);
        assertThat(relay.handoffs()).extracting(BatonPass::toForumId).containsExactlyElementsOf(FORUMS.subList(1, 5));
    }

    @ParameterizedTest
    @MethodSource("replayOrders")
    void listsNotificationsByTimeThenRegionCodeWhateverOrderTheyArrive(UnaryOperator<List<Logged>> replay) {
        // Given four handoffs a minute apart, and the end of the series announced in the same instant as the last
        List<Logged> written = written();

        // When a restarted service folds them in a replay's order
        fold(replay.apply(written));

        // Then the notifications come by time, then by recipient region code, then by id
        List<String> expected = new ArrayList<>();
        for (String to : FORUMS.subList(1, 4)) {
            codes().forEach(code -> expected.add(to + "-" + code));
        }
        codes().forEach(code -> {
            expected.add(FORUMS.get(4) + "-" + code);
            expected.add(SERIES + "-completed-" + code);
        });
        assertThat(relay.notifications()).extracting(Notification::notificationId).containsExactlyElementsOf(expected);
        assertThat(relay.notifications()).extracting(Notification::issuedAt).isSorted();
    }

    @ParameterizedTest
    @MethodSource("replayOrders")
    void escalatesOverdueBatonsInTheOrderTheyWereIssued(UnaryOperator<List<Logged>> replay) {
        // Given four batons nobody acknowledged, folded in a replay's order
        fold(replay.apply(written()));

        // When the escalation check runs long after
        List<HandoffEvent> escalations = relay.remindersAndEscalationsDue(T0.plus(Duration.ofDays(3)));

        // Then each is escalated, the oldest first
        assertThat(escalations).extracting(e -> ((HandoffEscalated) e).regionCode())
                .containsExactlyElementsOf(REGIONS.subList(1, 5));
    }

    /** The orders a replay may bring events in: as written, reversed, shuffled, partition after partition. */
    static Stream<Named<UnaryOperator<List<Logged>>>> replayOrders() {
        return ReplayOrders.all(20260311L);
    }

    /** The handoff service's events: four handoffs a minute apart, then the end of the series. */
    private static List<Logged> written() {
        Relay writer = new Relay();
        plan(writer);
        List<Logged> log = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Instant at = T0.plus(Duration.ofMinutes(i));
            writer.forumCompleted(SERIES, FORUMS.get(i)).forEach(e -> {
                writer.apply(e, at);
                log.add(new Logged(e, at));
            });
        }
        writer.learn(new SchedulingFact.SeriesCompleted(SERIES, FORUMS.get(4), "KZ-61"));
        Instant end = T0.plus(Duration.ofMinutes(3));
        writer.seriesCompleted(SERIES, FORUMS.get(4), "KZ-61").forEach(e -> log.add(new Logged(e, end)));
        return log;
    }

    private static void plan(Relay target) {
        target.learn(new SchedulingFact.SeriesPlanned(SERIES, REGIONS, FORUMS));
        target.learn(new SchedulingFact.PreparationOpened(SERIES, FORUMS.get(0), REGIONS.get(0), 1));
    }

    private void fold(List<Logged> events) {
        plan(relay);
        events.forEach(e -> relay.apply(e.event(), e.occurredAt()));
    }

    /** The 20 region codes in ascending order, lower case as in notification ids. */
    private static List<String> codes() {
        return Regions.all().stream().map(Region::code).sorted().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }

}
