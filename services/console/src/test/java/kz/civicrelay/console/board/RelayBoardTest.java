package kz.civicrelay.console.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.civicrelay.platform.testing.ReplayOrders;
import kz.civicrelay.console.SampleEvents;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.events.SeriesPlanned;
import kz.civicrelay.platform.envelope.Envelopes;

class RelayBoardTest {

    private static final Instant T0 = Instant.parse("2031-04-01T09:00:00Z");

    private final SampleEvents events = new SampleEvents("series-board");
    private final RelayBoard board = new RelayBoard();
    /** Where and when the next event read was appended: one partition, a second after the one before. */
    private long offset;
    private Instant now = T0;

    @Test
    void shouldFoldTheTrackTheBatonAndEachForumsProgress() {
        apply("relay.scheduling", events.planned());
        apply("relay.scheduling", events.scheduled(1));
        apply("relay.scheduling", events.scheduled(2));
        apply("relay.scheduling", events.preparationOpened(1));
        apply("relay.registration", events.registered(1, "Айгүл Сәрсенқызы"));

        SeriesView series = board.series("series-board").orElseThrow();
        assertThat(series.title().kk()).isEqualTo("Сынақ эстафетасы");
        assertThat(series.batonHolder()).isEqualTo(events.forum(1));
        assertThat(series.forums()).extracting(ForumView::position).containsExactly(1, 2);
        assertThat(series.forums()).extracting(ForumView::status).containsExactly("PREPARATION_OPEN", "SCHEDULED");
        assertThat(series.forums().get(0).region().kk()).isEqualTo("Жетісу облысы");
        assertThat(series.forums().get(0).registered()).isEqualTo(1);
        assertThat(series.forums().get(0).timeline()).as("the track carries no timelines").isNull();
        assertThat(board.forum(events.forum(1)).orElseThrow().timeline()).as("the history has them").isNull();
    }

    @Test
    void shouldMoveTheBatonAndFoldAnEventOnlyOnceHoweverOftenItIsRead() {
        apply("relay.scheduling", events.planned());
        apply("relay.scheduling", events.scheduled(1));
        apply("relay.scheduling", events.scheduled(2));
        ParticipantRegistered registered = events.registered(1, "Ерлан Қонысбаев");
        BatonPassed baton = events.batonPassed();

        assertThat(apply("relay.registration", registered)).isTrue();
        assertThat(apply("relay.registration", registered)).as("read again").isFalse();
        assertThat(apply("relay.handoff", baton)).isTrue();
        assertThat(apply("relay.handoff", baton)).isFalse();

        SeriesView series = board.series("series-board").orElseThrow();
        assertThat(series.batonHolder()).isEqualTo(events.forum(2));
        assertThat(series.handoffs()).singleElement().satisfies(h -> {
            assertThat(h.fromRegion().ru()).isEqualTo("область Жетісу");
            assertThat(h.toRegion().en()).isEqualTo("Almaty");
        });
        assertThat(series.forums().get(0).registered()).isEqualTo(1);
        assertThat(series.forums()).extracting(ForumView::holdsBaton).containsExactly(false, true);
    }

    @Test
    void shouldKnowWhereTheBatonIsWhenAReplayReadsTheHandoffsOutOfOrder() {
        apply("relay.scheduling", events.planned());
        apply("relay.scheduling", events.preparationOpened(3));
        apply("relay.handoff", events.batonPassed(2));
        apply("relay.scheduling", events.preparationOpened(1));
        apply("relay.handoff", events.batonPassed(3));
        apply("relay.handoff", events.batonPassed(1));

        SeriesView series = board.series("series-board").orElseThrow();
        assertThat(series.batonHolder()).as("where the last handoff took it").isEqualTo(events.forum(4));
        assertThat(series.handoffs()).extracting(SeriesView.Handoff::number).containsExactly(1, 2, 3);
    }

    @Test
    void shouldHoldTheBatonAtTheFirstForumBeforeAnyHandoff() {
        apply("relay.scheduling", events.preparationOpened(2));
        apply("relay.scheduling", events.preparationOpened(1));

        assertThat(board.series("series-board").orElseThrow().batonHolder()).isEqualTo(events.forum(1));
    }

    @Test
    void shouldCountTheRecordsSetAsideOnEachDeadLetterTopicOnceEach() {
        board.deadLetter(deadLetter("relay.handoff.DLT", 0, 7));
        board.deadLetter(deadLetter("relay.handoff.DLT", 1, 7));
        board.deadLetter(deadLetter("relay.handoff.DLT", 0, 7)); // read again after a restart of the reader
        board.deadLetter(deadLetter("relay.scheduling.DLT", 0, 0));

        assertThat(board.deadLetterCounts()).containsExactly(
                entry("relay.scheduling.DLT", 1), entry("relay.registration.DLT", 0),
                entry("relay.resolution.DLT", 0), entry("relay.handoff.DLT", 2), entry("relay.notifications.DLT", 0),
                entry("relay.delivery.DLT", 0), entry("relay.subscriptions.DLT", 0), entry("relay.audit.DLT", 0));
    }

    private static EventEntry deadLetter(String topic, int partition, long offset) {
        return EventEntry.deadLetter(topic, partition, offset, "2031-04-01T10:00:00Z", "forum-kz-19", "not Avro",
                "handoff-reactions", topic.replace(".DLT", ""));
    }

    @ParameterizedTest
    @MethodSource("replayOrders")
    void listsSeriesByTheTimeOfTheirFirstEventThenIdWhateverOrderTheLogIsRead(UnaryOperator<List<Read>> replay) {
        // Given three series: b and c planned in the same instant, a an hour later but first by id
        SampleEvents a = new SampleEvents("relay-a");
        SampleEvents b = new SampleEvents("relay-b");
        SampleEvents c = new SampleEvents("relay-c");
        List<Read> log = List.of(
                new Read("relay.scheduling", 0, 0, at(a.planned(), T0.plusSeconds(3600))),
                new Read("relay.scheduling", 1, 0, at(b.planned(), T0)),
                new Read("relay.scheduling", 2, 0, at(c.planned(), T0)),
                new Read("relay.scheduling", 2, 1, at(c.scheduled(1), T0.plusSeconds(1))),
                new Read("relay.scheduling", 0, 1, at(a.scheduled(1), T0.plusSeconds(3601))));

        // When a console reads the log in a replay's order
        read(replay.apply(log));

        // Then the series are listed by the time of their first event, then by id
        assertThat(board.series()).extracting(SeriesView::seriesId).containsExactly("relay-b", "relay-c", "relay-a");
    }

    @ParameterizedTest
    @MethodSource("replayOrders")
    void listsTheTrackByPositionWhateverOrderThePlanAndTheLogNameTheForums(UnaryOperator<List<Read>> replay) {
        // Given a plan that names its second forum first, and both forums announced with their positions
        SeriesPlanned plan = SeriesPlanned.newBuilder(at(events.planned(), T0))
                .setForumIds(List.of(events.forum(2), events.forum(1))).build();
        List<Read> log = List.of(new Read("relay.scheduling", 0, 0, plan),
                new Read("relay.scheduling", 1, 0, at(events.scheduled(2), T0.plusSeconds(1))),
                new Read("relay.scheduling", 2, 0, at(events.scheduled(1), T0.plusSeconds(2))));

        // When a console reads the log in a replay's order
        read(replay.apply(log));

        // Then the track lists the forums by position
        assertThat(board.series("series-board").orElseThrow().forums()).extracting(ForumView::position)
                .containsExactly(1, 2);
    }

    @ParameterizedTest
    @MethodSource("replayOrders")
    void listsTheTrackInPlanOrderThenByForumIdWhateverOrderTheLogIsRead(UnaryOperator<List<Read>> replay) {
        // Given a plan of two forums whose announcements were not read, only their registrations
        List<Read> log = List.of(new Read("relay.scheduling", 0, 0, at(events.planned(), T0)),
                new Read("relay.registration", 1, 0, at(events.registered(2, "Olga Kim"), T0.plusSeconds(1))),
                new Read("relay.registration", 2, 0, at(events.registered(1, "Dana Ospan"), T0.plusSeconds(2))));

        // When a console reads the log in a replay's order
        read(replay.apply(log));

        // Then the track lists them by position (none known yet), then by forum id
        assertThat(board.series("series-board").orElseThrow().forums()).extracting(ForumView::forumId)
                .containsExactly(events.forum(1), events.forum(2));
    }

    @ParameterizedTest
    @MethodSource("replayOrders")
    void listsDeadLettersByTimeThenTopicPartitionAndOffset(UnaryOperator<List<EventEntry>> replay) {
        // Given records set aside on the dead-letter topics, three of them in the same instant
        String t0 = T0.toString();
        String earlier = T0.minusSeconds(60).toString();
        List<EventEntry> deadLetters = List.of(
                EventEntry.deadLetter("relay.scheduling.DLT", 0, 3, earlier, "f-1", "bad", "g", "relay.scheduling"),
                EventEntry.deadLetter("relay.scheduling.DLT", 1, 0, t0, "f-2", "bad", "g", "relay.scheduling"),
                EventEntry.deadLetter("relay.scheduling.DLT", 0, 7, t0, "f-3", "bad", "g", "relay.scheduling"),
                EventEntry.deadLetter("relay.handoff.DLT", 2, 9, t0, "f-4", "bad", "g", "relay.handoff"),
                EventEntry.deadLetter("relay.scheduling.DLT", 0, 8, t0, "f-5", "bad", "g", "relay.scheduling"));

        // When a console reads them in a replay's order
        replay.apply(deadLetters).forEach(board::deadLetter);

        // Then they are listed by time, then topic, partition and offset
        assertThat(board.deadLetters()).extracting(EventEntry::forumId)
                .containsExactly("f-1", "f-4", "f-3", "f-5", "f-2");
    }

    /** A record as a replay reads it: where it was appended, and the event. */
    record Read(String topic, int partition, long offset, SpecificRecord event) {
    }

    /** The orders a replay may read the log in: as appended, reversed, shuffled, partition after partition. */
    static <T> Stream<Named<UnaryOperator<List<T>>>> replayOrders() {
        return ReplayOrders.all(20310401L);
    }

    private void read(List<Read> log) {
        log.forEach(r -> board.apply(r.topic(), r.partition(), r.offset(), r.event()));
    }

    /** The event, as if it had happened at {@code time}. */
    private static <E extends SpecificRecord> E at(E event, Instant time) {
        Envelopes.of(event).setOccurredAt(time);
        return event;
    }

    /** Reads one event as a live console does, in the order they happen. */
    private boolean apply(String topic, SpecificRecord event) {
        now = now.plusSeconds(1);
        return board.apply(topic, 0, offset++, at(event, now)).isPresent();
    }
}
