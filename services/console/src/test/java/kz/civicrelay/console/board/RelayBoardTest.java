package kz.civicrelay.console.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

import kz.civicrelay.console.SampleEvents;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.ParticipantRegistered;

class RelayBoardTest {

    private final SampleEvents events = new SampleEvents("series-board");
    private final RelayBoard board = new RelayBoard();

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

        ForumView forum = board.forum(events.forum(1)).orElseThrow();
        assertThat(forum.timeline()).extracting(EventEntry::type)
                .containsExactly("ForumScheduled", "ForumPreparationOpened", "ParticipantRegistered");
        assertThat(forum.timeline().get(2).details()).contains("Айгүл Сәрсенқызы");
        assertThat(forum.timeline().get(2).actorName()).isEqualTo("Дана Әбішева");
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
    void shouldAuditTheSeriesWithTheEventsInTheOrderRead() {
        apply("relay.scheduling", events.planned());
        apply("relay.scheduling", events.preparationOpened(1));
        apply("relay.scheduling", events.completed(1));

        SeriesAuditView audit = board.audit("series-board").orElseThrow();
        assertThat(audit.inOrder()).isFalse();
        assertThat(audit.findings()).anySatisfy(f -> assertThat(f).contains("completed before its resolution"));
        assertThat(audit.events()).extracting(EventEntry::type)
                .containsExactly("SeriesPlanned", "ForumPreparationOpened", "ForumCompleted");
        assertThat(board.audit("no-such-series")).isEmpty();
    }

    @Test
    void shouldCountTheRecordsSetAsideOnEachDeadLetterTopicOnceEach() {
        board.deadLetter(deadLetter("relay.handoff.DLT", 0, 7));
        board.deadLetter(deadLetter("relay.handoff.DLT", 1, 7));
        board.deadLetter(deadLetter("relay.handoff.DLT", 0, 7)); // read again after a restart of the reader
        board.deadLetter(deadLetter("relay.scheduling.DLT", 0, 0));

        assertThat(board.deadLetterCounts()).containsExactly(
                entry("relay.scheduling.DLT", 1), entry("relay.registration.DLT", 0),
                entry("relay.resolution.DLT", 0), entry("relay.handoff.DLT", 2), entry("relay.notifications.DLT", 0));
    }

    private static EventEntry deadLetter(String topic, int partition, long offset) {
        return EventEntry.deadLetter(topic, partition, offset, "2031-04-01T10:00:00Z", "forum-kz-19", "not Avro",
                "handoff-reactions", topic.replace(".DLT", ""));
    }

    private boolean apply(String topic, org.apache.avro.specific.SpecificRecord event) {
        return board.apply(topic, 0, 0, event).isPresent();
    }
}
