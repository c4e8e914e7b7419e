package kz.civicrelay.console.history;

import java.util.Arrays;
import java.util.Comparator;

import org.jspecify.annotations.Nullable;

/**
 * The index's rows in the order things happened: by time, then topic name, partition and offset (the order of
 * {@code EventEntry.CHRONOLOGICAL}), whatever order the log was read in. Rows read since the last look are sorted in
 * when asked: one by one when few (live events mostly come last), all at once after a replay. A place in this order
 * is named outside by a {@linkplain #cursor cursor}, which stays true as events are added before it. Not
 * thread-safe: used under the index's lock.
 */
final class Chronology {

    /** Rows a key can carry beside the time: 2^22, four million. */
    private static final int ROW_BITS = 22;
    /** Times are counted from 2020 in the key, so 41 bits hold them past 2089. */
    private static final long EPOCH = 1_577_836_800_000L;

    private final EventIndex index;
    private int[] order = new int[0];
    private int sorted;

    Chronology(EventIndex index) {
        this.index = index;
    }

    /** How many rows are in order now, all the index's. */
    int catchUp() {
        int size = index.size();
        if (sorted == size) {
            return size;
        }
        if (order.length < size) {
            order = Arrays.copyOf(order, Math.max(size, order.length + (order.length >> 1)));
        }
        if (size - sorted > 4096) {
            sortAll(size);
        } else {
            for (int row = sorted; row < size; row++) {
                int at = insertionPoint(row, row);
                System.arraycopy(order, at, order, at + 1, row - at);
                order[at] = row;
            }
        }
        sorted = size;
        return size;
    }

    /**
     * Every row in order: by time first as primitive keys (time and row in one long, sorted without boxing), then
     * each run of rows of the same millisecond by topic, partition and offset. Rows the key cannot carry (beyond four
     * million, or times before 2020) are sorted with the full comparison instead.
     */
    private void sortAll(int size) {
        long[] keys = new long[size];
        boolean packable = size < (1 << ROW_BITS);
        for (int row = 0; row < size && packable; row++) {
            long since = index.time(row) - EPOCH;
            packable = since >= 0 && since < (1L << (63 - ROW_BITS));
            keys[row] = since << ROW_BITS | row;
        }
        if (!packable) {
            Integer[] all = new Integer[size];
            for (int row = 0; row < size; row++) {
                all[row] = row;
            }
            Arrays.sort(all, (Comparator<Integer>) this::compare);
            for (int at = 0; at < size; at++) {
                order[at] = all[at];
            }
            return;
        }
        Arrays.sort(keys);
        int mask = (1 << ROW_BITS) - 1;
        for (int at = 0; at < size; at++) {
            order[at] = (int) (keys[at] & mask);
        }
        for (int from = 0; from < size;) {
            int to = from + 1;
            while (to < size && keys[to] >>> ROW_BITS == keys[from] >>> ROW_BITS) {
                to++;
            }
            if (to - from > 1) {
                Integer[] run = new Integer[to - from];
                for (int i = 0; i < run.length; i++) {
                    run[i] = order[from + i];
                }
                Arrays.sort(run, (Comparator<Integer>) this::compare);
                for (int i = 0; i < run.length; i++) {
                    order[from + i] = run[i];
                }
            }
            from = to;
        }
    }

    /** The row at this place in time order (0: the oldest). */
    int row(int place) {
        return order[place];
    }

    /** The place in time order just after every row that sorts before the cursor's (0 when none does). */
    int placeOf(Cursor cursor) {
        int low = 0;
        int high = sorted;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cursor.compareTo(index, order[middle]) > 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The cursor at a row: what comes before it in time is older. */
    Cursor cursor(int row) {
        Position position = index.position(row);
        return new Cursor(index.time(row), position.topic(), position.partition(), position.offset());
    }

    /** Where {@code row} goes among the first {@code count} places, after those of the same time and place. */
    private int insertionPoint(int row, int count) {
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compare(order[middle], row) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    int compare(int left, int right) {
        int byTime = Long.compare(index.time(left), index.time(right));
        if (byTime != 0) {
            return byTime;
        }
        int leftPlace = index.placeNumber(left);
        int rightPlace = index.placeNumber(right);
        if (leftPlace != rightPlace) {
            int byTopic = index.placeTopic(leftPlace).compareTo(index.placeTopic(rightPlace));
            return byTopic != 0 ? byTopic : Integer.compare(index.placePartition(leftPlace), index.placePartition(rightPlace));
        }
        return Long.compare(index.offset(left), index.offset(right));
    }

    /**
     * A place in time: {@code time~topic~partition~offset}, as pages hand it out to ask for what is older. Stays true as
     * events are added, unlike a number of rows.
     */
    record Cursor(long time, String topic, int partition, long offset) {

        static @Nullable Cursor parse(@Nullable String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String[] parts = text.split("~");
            if (parts.length != 4) {
                throw new IllegalArgumentException("A cursor is time~topic~partition~offset, as a page gives it: " + text);
            }
            try {
                return new Cursor(Long.parseLong(parts[0]), parts[1], Integer.parseInt(parts[2]), Long.parseLong(parts[3]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("A cursor is time~topic~partition~offset, as a page gives it: " + text);
            }
        }

        int compareTo(EventIndex index, int row) {
            int byTime = Long.compare(time, index.time(row));
            if (byTime != 0) {
                return byTime;
            }
            int place = index.placeNumber(row);
            int byTopic = topic.compareTo(index.placeTopic(place));
            if (byTopic != 0) {
                return byTopic;
            }
            int byPartition = Integer.compare(partition, index.placePartition(place));
            return byPartition != 0 ? byPartition : Long.compare(offset, index.offset(row));
        }

        @Override
        public String toString() {
            return time + "~" + topic + "~" + partition + "~" + offset;
        }
    }
}
