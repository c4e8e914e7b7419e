package kz.civicrelay.console.history;

import java.util.Arrays;
import java.util.UUID;

/**
 * The index's rows by event id: open addressing over an int array (4 bytes a slot, at most half full), the ids
 * themselves staying in the index's columns — a {@code HashSet<String>} of a million ids would take a hundred
 * megabytes. Not thread-safe.
 */
final class IdTable {

    private int[] slots = empty(2048);
    private int used;

    /** The row indexed with {@code id}, or -1. */
    int find(UUID id, EventIndex index) {
        int mask = slots.length - 1;
        for (int at = slot(hash(id.getMostSignificantBits(), id.getLeastSignificantBits()), mask);; at = (at + 1) & mask) {
            int row = slots[at];
            if (row < 0) {
                return -1;
            }
            if (index.hasId(row, id)) {
                return row;
            }
        }
    }

    /** Files {@code row} (already in the index's columns) under its id. */
    void put(int row, EventIndex index) {
        if ((used + 1) * 2 > slots.length) {
            int[] old = slots;
            slots = empty(old.length * 2);
            for (int filed : old) {
                if (filed >= 0) {
                    insert(filed, index);
                }
            }
        }
        insert(row, index);
        used++;
    }

    private void insert(int row, EventIndex index) {
        int mask = slots.length - 1;
        int at = slot(index.idHash(row), mask);
        while (slots[at] >= 0) {
            at = (at + 1) & mask;
        }
        slots[at] = row;
    }

    /** The hash of an id's two halves, the one place it is computed. */
    static long hash(long high, long low) {
        return high * 31 + low;
    }

    private static int slot(long hash, int mask) {
        long mixed = hash * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }

    private static int[] empty(int capacity) {
        int[] slots = new int[capacity];
        Arrays.fill(slots, -1);
        return slots;
    }
}
