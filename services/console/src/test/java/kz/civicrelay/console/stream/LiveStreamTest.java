package kz.civicrelay.console.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.civicrelay.platform.testing.ReplayOrders;
import kz.civicrelay.console.board.EventEntry;

/** The newest events a watcher gets first: the newest by time, oldest first, whatever order the log was read in. */
class LiveStreamTest {

    private static final Instant T0 = Instant.parse("2031-04-01T09:00:00Z");

    private final LiveStream stream = new LiveStream(3, Duration.ofSeconds(15));

    @ParameterizedTest
    @MethodSource("replayOrders")
    void keepsTheNewestEventsByTimeWhateverOrderTheyAreRead(UnaryOperator<List<EventEntry>> replay) {
        // Given six events, the three newest in the same instant on two topics and partitions
        List<EventEntry> log = List.of(entry("e1", "relay.scheduling", 0, 0, 0),
                entry("e2", "relay.scheduling", 1, 0, 1), entry("e3", "relay.registration", 0, 0, 2),
                entry("e4", "relay.scheduling", 2, 4, 3),
                entry("e5", "relay.handoff", 1, 0, 3), entry("e6", "relay.scheduling", 0, 1, 3));

        // When a console that keeps three reads them in a replay's order
        replay.apply(log).forEach(stream::publish);

        // Then it keeps the three newest, oldest first: by time, then topic, partition and offset
        assertThat(stream.newest()).extracting(EventEntry::eventId).containsExactly("e5", "e6", "e4");
    }

    /** The orders a replay may read the log in: as appended, reversed, shuffled, partition after partition. */
    static Stream<Named<UnaryOperator<List<EventEntry>>>> replayOrders() {
        return ReplayOrders.all(20310402L);
    }

    private static EventEntry entry(String eventId, String topic, int partition, long offset, int secondsAfterT0) {
        return new EventEntry(topic, partition, offset, "ForumScheduled", eventId,
                T0.plusSeconds(secondsAfterT0).toString(), "series", "forum", "OPERATOR", "operator", null, null, "");
    }

}
