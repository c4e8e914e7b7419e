package kz.civicrelay.console.history;

import static kz.civicrelay.platform.testing.EventFilters.filter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.civicrelay.console.SampleEvents;
import kz.civicrelay.console.board.EventEntry;
import kz.civicrelay.console.board.RelayBoard;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.testing.EventFilters;
import kz.civicrelay.platform.testing.ReplayOrders;

/**
 * The history over the board's index, its records read back from a log kept here as a map (the Kafka side is
 * ConsoleIT's): pages newest first with cursors that stay true as events arrive, every filter, a bounded text search,
 * an event's causation chain, a forum's timeline and a series' audit in the order things happened whatever order the
 * log was read in. Tried as well: an event read twice (filed once), an ill-formed cursor (refused), an unknown id.
 */
class HistoryTest {

    private static final Instant T0 = Instant.parse("2031-04-01T09:00:00Z");

    private final SampleEvents events = new SampleEvents("series-history");
    private final EventIndex index = new EventIndex();
    private final RelayBoard board = new RelayBoard(index);
    private final Map<Position, EventSource.Read> log = new HashMap<>();
    private final List<List<Position>> reads = new ArrayList<>();
    private final History history = new History(index, positions -> {
        reads.add(positions);
        Map<Position, EventSource.Read> found = new HashMap<>();
        positions.stream().filter(log::containsKey).forEach(p -> found.put(p, log.get(p)));
        return found;
    });
    private long offset;

    @Test
    void pagesNewestFirstWithACursorThatStaysTrueAsEventsArrive() {
        for (int i = 1; i <= 120; i++) {
            append("relay.registration", 0, events.registered(1, "Қатысушы " + i), T0.plusSeconds(i));
        }

        History.Page first = page(RowFilter.none(), null, 50);
        assertThat(first.events()).hasSize(50);
        assertThat(first.events().get(0).details()).contains("Қатысушы 120");
        assertThat(first.events().get(49).details()).contains("Қатысушы 71");
        assertThat(first.total()).isEqualTo(120);

        // Events arriving meanwhile, newer and older, do not move the next page
        append("relay.registration", 1, events.registered(1, "Кейінгі"), T0.plusSeconds(500));
        History.Page second = page(RowFilter.none(), first.before(), 50);
        assertThat(second.events()).extracting(e -> e.details().replaceAll(".*Қатысушы (\\d+).*", "$1"))
                .startsWith("70", "69").endsWith("21");
        History.Page third = page(RowFilter.none(), second.before(), 50);
        assertThat(third.events()).hasSize(20);
        assertThat(third.before()).as("the start of the log").isNull();
        assertThat(page(RowFilter.none(), null, 1).events().get(0).details()).contains("Кейінгі");
    }

    @Test
    void filtersBySeriesForumRegionTypeServiceAndActorFromTheIndex() {
        SampleEvents other = new SampleEvents("series-other");
        append("relay.scheduling", 0, events.planned(), T0);
        append("relay.scheduling", 0, events.scheduled(1), T0.plusSeconds(1));
        append("relay.registration", 0, events.registered(1, "Айгүл Сәрсенқызы"), T0.plusSeconds(2));
        append("relay.handoff", 0, events.batonPassed(), T0.plusSeconds(3));
        append("relay.scheduling", 1, other.planned(), T0.plusSeconds(4));

        assertThat(types(filter().types("BatonPassed", "SeriesPlanned"))).containsExactly("SeriesPlanned", "BatonPassed",
                "SeriesPlanned");
        assertThat(types(filter().series("series-other"))).containsExactly("SeriesPlanned");
        assertThat(types(filter().forums(events.forum(2)))).as("a baton passed to it").containsExactly("BatonPassed");
        assertThat(types(filter().regions(regionOf(events.forum(1))).types("ParticipantRegistered")))
                .containsExactly("ParticipantRegistered");
        assertThat(types(filter().services("handoff"))).containsExactly("BatonPassed");
        assertThat(types(filter().actors("ӘБІШЕВА"))).as("part of the name, any case")
                .contains("ParticipantRegistered");
        assertThat(types(filter().types("NoSuchEvent"))).isEmpty();

        // A participant acting themself is kept as "a participant" only: found by text, within what one may see
        var self = events.registered(1, "Ерлан Қанатұлы");
        Envelopes.of(self).setActor(new kz.civicrelay.events.Actor(kz.civicrelay.events.ActorKind.PARTICIPANT,
                "p-erlan", "Ерлан Қанатұлы", "KZ-11"));
        append("relay.registration", 1, self, T0.plusSeconds(5));
        assertThat(types(filter().actors("participant"))).containsExactly("ParticipantRegistered");
        assertThat(types(filter().actors("ерлан"))).isEmpty();
        assertThat(page(new RowFilter(filter().texts("ерлан").build()), null, 10).events()).hasSize(1);
    }

    @Test
    void searchesTextOnTheEntriesAsTheCallerSeesThem() {
        append("relay.registration", 0, events.registered(1, "Айгүл Сәрсенқызы"), T0);
        append("relay.registration", 0, events.registered(1, "Ерлан Қонысбаев"), T0.plusSeconds(1));

        assertThat(page(new RowFilter(filter().texts("сәрсенқызы").build()), null, 10).events()).hasSize(1);
        History.Page withheld = history.page(new RowFilter(filter().texts("Сәрсенқызы").build()), null, 10,
                entry -> entry.withheld("•••"));
        assertThat(withheld.events()).as("what is withheld cannot be searched for").isEmpty();
    }

    @Test
    void aTextSearchReadsABoundedNumberOfEventsAPageAndSaysWhereToGoOn() {
        for (int i = 0; i < History.TEXT_SEARCH_READS + 300; i++) {
            append("relay.registration", i % 3, events.registered(1, "Қатысушы " + i), T0.plusSeconds(i));
        }
        append("relay.registration", 0, events.registered(1, "Іздеген адам"), T0.minusSeconds(10));

        History.Page first = page(new RowFilter(filter().texts("іздеген").build()), null, 10);
        assertThat(first.events()).isEmpty();
        assertThat(first.searched()).isEqualTo(History.TEXT_SEARCH_READS);
        assertThat(reads.stream().mapToInt(List::size).sum()).isLessThanOrEqualTo(History.TEXT_SEARCH_READS);
        History.Page second = page(new RowFilter(filter().texts("іздеген").build()), first.before(), 10);
        assertThat(second.events()).extracting(EventEntry::details).singleElement().asString().contains("Іздеген");
        assertThat(second.before()).isNull();
    }

    @Test
    void anEventsDetailHasItsRawFieldsItsCausationChainAndWhatItCaused() {
        SpecificRecord completed = append("relay.scheduling", 0, events.completed(1), T0);
        SpecificRecord baton = append("relay.handoff", 0, causedBy(events.batonPassed(), completed), T0.plusSeconds(1));
        SpecificRecord opened = append("relay.scheduling", 1, causedBy(events.preparationOpened(2), baton),
                T0.plusSeconds(2));

        EventDetail detail = history.detail(id(baton)).orElseThrow();
        assertThat(detail.event().type()).isEqualTo("BatonPassed");
        assertThat(detail.causationId()).isEqualTo(id(completed));
        assertThat(detail.causedBy()).extracting(EventEntry::type).containsExactly("ForumCompleted");
        assertThat(detail.caused()).extracting(EventEntry::eventId).containsExactly(id(opened));
        assertThat(detail.raw()).contains("\"toForumId\"").contains(events.forum(2));
        assertThat(history.detail(id(opened)).orElseThrow().causedBy()).extracting(EventEntry::type)
                .containsExactly("BatonPassed", "ForumCompleted");
        assertThat(history.detail(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void aDeadLetterIsFoundByItsPlace() {
        EventEntry deadLetter = EventEntry.deadLetter("relay.handoff.DLT", 0, 7, T0.toString(), "f-1", "not Avro",
                "handoff-reactions", "relay.handoff");
        board.deadLetter(deadLetter);
        log.put(new Position("relay.handoff.DLT", 0, 7), new EventSource.Read(deadLetter, null));

        EventDetail detail = history.detail("relay.handoff.DLT-0@7").orElseThrow();
        assertThat(detail.event().details()).contains("not Avro");
        assertThat(detail.raw()).isNull();
    }

    @Test
    void anEventReadTwiceIsFiledOnce() {
        SpecificRecord planned = append("relay.scheduling", 0, events.planned(), T0);
        assertThat(board.apply("relay.scheduling", 0, 0, planned)).isEmpty();
        assertThat(index.size()).isEqualTo(1);
        assertThatThrownBy(() -> page(RowFilter.none(), "yesterday", 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("replayOrders")
    void listsTimelinesAndTheAuditByTimeThenWhereTheEventsWereAppended(UnaryOperator<List<Read>> replay) {
        // Given a forum's events, three of them in the same instant on other topics and partitions
        List<Read> appended = List.of(
                new Read("relay.scheduling", 0, 0, at(events.planned(), T0)),
                new Read("relay.scheduling", 1, 0, at(events.scheduled(1), T0)),
                new Read("relay.scheduling", 1, 1, at(events.preparationOpened(1), T0.plusSeconds(1))),
                new Read("relay.registration", 2, 0, at(events.registered(1, "Айгүл Сәрсенқызы"), T0.plusSeconds(2))),
                new Read("relay.registration", 0, 5, at(events.registered(1, "Ерлан Қонысбаев"), T0.plusSeconds(2))),
                new Read("relay.handoff", 0, 0, at(events.batonPassed(), T0.plusSeconds(2))));

        // When a console reads the log in a replay's order
        replay.apply(appended).forEach(r -> file(r.topic(), r.partition(), r.offset(), r.event()));

        // Then the forum's timeline and the audit list them by time, then topic, partition and offset
        List<EventEntry> timeline = history.timeline(events.forum(1), 200);
        assertThat(timeline).extracting(EventEntry::type).containsExactly("ForumScheduled", "ForumPreparationOpened",
                "BatonPassed", "ParticipantRegistered", "ParticipantRegistered");
        assertThat(timeline.get(4).details()).as("partition 2 after partition 0").contains("Айгүл Сәрсенқызы");
        assertThat(history.timeline(events.forum(1), 2)).as("the newest, oldest first").extracting(EventEntry::details)
                .satisfiesExactly(d -> assertThat(d).contains("Ерлан"), d -> assertThat(d).contains("Айгүл"));
        var audit = history.audit("series-history").orElseThrow();
        assertThat(audit.events()).extracting(EventEntry::type).containsExactly("SeriesPlanned", "ForumScheduled",
                "ForumPreparationOpened", "BatonPassed", "ParticipantRegistered", "ParticipantRegistered");
        assertThat(history.audit("no-such-series")).isEmpty();
    }

    @Test
    void theAuditChecksTheSeriesReadBackFromTheLog() {
        append("relay.scheduling", 0, events.planned(), T0);
        append("relay.scheduling", 0, events.preparationOpened(1), T0.plusSeconds(1));
        append("relay.scheduling", 0, events.completed(1), T0.plusSeconds(2));

        var audit = history.audit("series-history").orElseThrow();
        assertThat(audit.inOrder()).isFalse();
        assertThat(audit.findings()).anySatisfy(f -> assertThat(f).contains("completed before its resolution"));
    }

    /** A record as a replay reads it: where it was appended, and the event. */
    record Read(String topic, int partition, long offset, SpecificRecord event) {
    }

    static <T> Stream<Named<UnaryOperator<List<T>>>> replayOrders() {
        return ReplayOrders.all(20310402L);
    }

    private <E extends SpecificRecord> E append(String topic, int partition, E event, Instant time) {
        file(topic, partition, offset++, at(event, time));
        return event;
    }

    private void file(String topic, int partition, long at, SpecificRecord event) {
        board.folded(topic, partition, at, event).ifPresent(folded -> log.put(new Position(topic, partition, at),
                new EventSource.Read(folded.entry(), event)));
    }

    private History.Page page(RowFilter filter, @Nullable String before, int limit) {
        return history.page(filter, before, limit, UnaryOperator.identity());
    }

    private List<String> types(EventFilters filter) {
        List<String> types = new ArrayList<>(page(new RowFilter(filter.build()), null, 100).events().stream()
                .map(EventEntry::type).toList());
        java.util.Collections.reverse(types);
        return types;
    }

    private static <E extends SpecificRecord> E causedBy(E event, SpecificRecord cause) {
        Envelopes.of(event).setCausationId(id(cause));
        return event;
    }

    private static String id(SpecificRecord event) {
        return String.valueOf(Envelopes.of(event).getEventId());
    }

    private static String regionOf(String forumId) {
        return forumId.substring(forumId.length() - 5).toUpperCase(java.util.Locale.ROOT);
    }

    private static <E extends SpecificRecord> E at(E event, Instant time) {
        Envelopes.of(event).setOccurredAt(time);
        return event;
    }
}
