package kz.civicrelay.console.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The time order of the index's rows, sorted at once after a replay (more than 4,096 new rows: by primitive keys, then
 * runs of the same millisecond by topic, partition, offset) or one by one after it: the same order as sorting by the
 * full comparison, whatever order the rows were read in; a cursor finds its place in it.
 */
class ChronologyTest {

    private static final long T0 = 1_900_000_000_000L;

    @Test
    void sortsAReplayAndWhatFollowsItAsTheFullComparisonWould() {
        EventIndex index = new EventIndex();
        Random random = new Random(20310401L);
        String[] topics = { "relay.scheduling", "relay.handoff", "relay.registration" };
        for (int i = 0; i < 6_000; i++) {
            add(index, topics[random.nextInt(3)], random.nextInt(3), i, T0 + random.nextInt(50));
        }
        Chronology chronology = new Chronology(index);
        assertThat(chronology.catchUp()).isEqualTo(6_000);
        assertThat(inOrder(chronology, 6_000)).isEqualTo(expected(index, chronology));

        for (int i = 6_000; i < 6_100; i++) {
            add(index, topics[random.nextInt(3)], random.nextInt(3), i, T0 + random.nextInt(60));
        }
        assertThat(chronology.catchUp()).isEqualTo(6_100);
        assertThat(inOrder(chronology, 6_100)).as("live rows inserted one by one").isEqualTo(expected(index, chronology));

        Chronology.Cursor cursor = chronology.cursor(chronology.row(3_000));
        assertThat(chronology.placeOf(cursor)).isEqualTo(3_000);
        assertThat(Chronology.Cursor.parse(cursor.toString())).isEqualTo(cursor);
    }

    @Test
    void rowsTheKeyCannotCarryAreSortedByTheFullComparison() {
        EventIndex index = new EventIndex();
        for (int i = 0; i < 5_000; i++) {
            add(index, "relay.handoff", i % 2, i, i % 3 == 0 ? 1_000L * i : T0 - i);
        }
        Chronology chronology = new Chronology(index);
        chronology.catchUp();
        assertThat(inOrder(chronology, 5_000)).as("times before 2020").isEqualTo(expected(index, chronology));
    }

    private static void add(EventIndex index, String topic, int partition, long offset, long time) {
        index.add(new IndexedEvent(new Position(topic, partition, offset), time, "ForumConvened", "s", null, null,
                Set.of(), "operator\n", "scheduling", UUID.randomUUID(), null));
    }

    private static List<Integer> inOrder(Chronology chronology, int size) {
        List<Integer> rows = new ArrayList<>();
        for (int place = 0; place < size; place++) {
            rows.add(chronology.row(place));
        }
        return rows;
    }

    private static List<Integer> expected(EventIndex index, Chronology chronology) {
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < index.size(); row++) {
            rows.add(row);
        }
        rows.sort((Comparator<Integer>) chronology::compare);
        return rows;
    }
}
