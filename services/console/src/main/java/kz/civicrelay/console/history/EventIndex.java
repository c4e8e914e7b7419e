package kz.civicrelay.console.history;

import java.util.Arrays;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Region;
import kz.civicrelay.reference.Regions;

/**
 * Every committed event the console has read, kept in columns of primitives (about 90 bytes an event, strings
 * shared through {@link Names}): enough to dedupe by event id, order by time, filter by series, forum, region,
 * type, service and actor, and find an event, its cause and what it caused — but not the events themselves, which
 * stay in the log. A row is an event's number in the order read. Thread-safe; whoever needs several steps to see
 * one state (a sort, a scan) holds its lock.
 */
public final class EventIndex {

    private static final int INITIAL = 1024;
    /** Regions in a bit set of an int, in {@link Regions#all()}'s order. */
    private static final java.util.List<String> REGIONS = Regions.all().stream().map(Region::code)
            .map(code -> code.toLowerCase(java.util.Locale.ROOT)).toList();

    private final Names names = new Names();
    private final Names places = new Names();
    private final java.util.List<String> placeTopics = new java.util.ArrayList<>();
    private final java.util.List<Integer> placePartitions = new java.util.ArrayList<>();
    private int size;
    private int[] place = new int[INITIAL];
    private long[] offset = new long[INITIAL];
    private long[] time = new long[INITIAL];
    private int[] type = new int[INITIAL];
    private int[] series = new int[INITIAL];
    private int[] forum = new int[INITIAL];
    private int[] otherForum = new int[INITIAL];
    private int[] regions = new int[INITIAL];
    private int[] actor = new int[INITIAL];
    private int[] service = new int[INITIAL];
    private long[] idHigh = new long[INITIAL];
    private long[] idLow = new long[INITIAL];
    private long[] causeHigh = new long[INITIAL];
    private long[] causeLow = new long[INITIAL];
    private final IdTable ids = new IdTable();

    /** Adds the event; its row, or -1 when an event of that id is already indexed (read twice). */
    public synchronized int add(IndexedEvent event) {
        if (ids.find(event.eventId(), this) >= 0) {
            return -1;
        }
        if (size == time.length) {
            grow();
        }
        int row = size++;
        place[row] = place(event.position());
        offset[row] = event.position().offset();
        time[row] = event.occurredAtMillis();
        type[row] = names.number(event.type());
        series[row] = names.number(event.seriesId());
        forum[row] = names.number(event.forumId());
        otherForum[row] = names.number(event.otherForumId());
        regions[row] = regionBits(event.regions());
        actor[row] = names.number(event.actor());
        service[row] = names.number(event.service());
        idHigh[row] = event.eventId().getMostSignificantBits();
        idLow[row] = event.eventId().getLeastSignificantBits();
        UUID cause = event.causationId();
        causeHigh[row] = cause == null ? 0 : cause.getMostSignificantBits();
        causeLow[row] = cause == null ? 0 : cause.getLeastSignificantBits();
        ids.put(row, this);
        return row;
    }

    public synchronized int size() {
        return size;
    }

    /** The row of the event with this id, or -1. */
    public synchronized int row(UUID eventId) {
        return ids.find(eventId, this);
    }

    public synchronized UUID eventId(int row) {
        return new UUID(idHigh[row], idLow[row]);
    }

    /** The id of the event that caused this one, or null. */
    public synchronized @Nullable UUID causationId(int row) {
        return causeHigh[row] == 0 && causeLow[row] == 0 ? null : new UUID(causeHigh[row], causeLow[row]);
    }

    /** The rows of the events this one caused, in the order read, at most {@code limit}. */
    public synchronized int[] caused(int row, int limit) {
        int[] found = new int[Math.min(limit, 16)];
        int count = 0;
        long high = idHigh[row];
        long low = idLow[row];
        for (int other = 0; other < size && count < limit; other++) {
            if (causeLow[other] == low && causeHigh[other] == high) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, Math.min(limit, count * 2));
                }
                found[count++] = other;
            }
        }
        return Arrays.copyOf(found, count);
    }

    public synchronized Position position(int row) {
        return new Position(placeTopics.get(place[row]), placePartitions.get(place[row]), offset[row]);
    }

    /** The topic of a place (a topic-partition's number). */
    synchronized String placeTopic(int placeNumber) {
        return placeTopics.get(placeNumber);
    }

    synchronized int placePartition(int placeNumber) {
        return placePartitions.get(placeNumber);
    }

    private int place(Position position) {
        int number = places.number(position.topic() + "\n" + position.partition());
        if (number == placeTopics.size()) {
            placeTopics.add(position.topic());
            placePartitions.add(position.partition());
        }
        return number;
    }

    /** When the event happened (a dead letter: when it was set aside), in milliseconds since the epoch. */
    public synchronized long time(int row) {
        return time[row];
    }

    public synchronized String type(int row) {
        return java.util.Objects.requireNonNull(names.name(type[row]));
    }

    /** The name a number stands for in the index (a type, series, forum, actor or service). */
    synchronized @Nullable String name(int number) {
        return names.name(number);
    }

    synchronized int typeNumber(int row) {
        return type[row];
    }

    synchronized int seriesNumber(int row) {
        return series[row];
    }

    synchronized int forumNumber(int row) {
        return forum[row];
    }

    synchronized int otherForumNumber(int row) {
        return otherForum[row];
    }

    synchronized int regionBits(int row) {
        return regions[row];
    }

    synchronized int actorNumber(int row) {
        return actor[row];
    }

    synchronized int serviceNumber(int row) {
        return service[row];
    }

    synchronized int placeNumber(int row) {
        return place[row];
    }

    synchronized long offset(int row) {
        return offset[row];
    }

    boolean hasId(int row, UUID id) {
        return idHigh[row] == id.getMostSignificantBits() && idLow[row] == id.getLeastSignificantBits();
    }

    long idHash(int row) {
        return IdTable.hash(idHigh[row], idLow[row]);
    }

    /** The bits of these region codes (folded: {@code kz-33}); codes the relay does not know have none. */
    static int regionBits(Iterable<String> codes) {
        int bits = 0;
        for (String code : codes) {
            int at = REGIONS.indexOf(code);
            if (at >= 0) {
                bits |= 1 << at;
            }
        }
        return bits;
    }

    private void grow() {
        int capacity = size + (size >> 1) + 16;
        place = Arrays.copyOf(place, capacity);
        offset = Arrays.copyOf(offset, capacity);
        time = Arrays.copyOf(time, capacity);
        type = Arrays.copyOf(type, capacity);
        series = Arrays.copyOf(series, capacity);
        forum = Arrays.copyOf(forum, capacity);
        otherForum = Arrays.copyOf(otherForum, capacity);
        regions = Arrays.copyOf(regions, capacity);
        actor = Arrays.copyOf(actor, capacity);
        service = Arrays.copyOf(service, capacity);
        idHigh = Arrays.copyOf(idHigh, capacity);
        idLow = Arrays.copyOf(idLow, capacity);
        causeHigh = Arrays.copyOf(causeHigh, capacity);
        causeLow = Arrays.copyOf(causeLow, capacity);
    }
}
