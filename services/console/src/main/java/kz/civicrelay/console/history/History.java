package kz.civicrelay.console.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.console.board.EventEntry;
import kz.civicrelay.console.board.SeriesAuditView;
import kz.civicrelay.platform.audit.EventFilter;
import kz.civicrelay.platform.audit.SeriesAudit;

/**
 * The log's history as the console pages through it, in bounded memory (decision 0026): the {@link EventIndex} says
 * which events a page, a forum's timeline or a series' audit holds, the {@link EventSource} reads them back from the
 * log; the newest entries read are kept ({@value #CACHED} of them) since the first page is the one asked for most.
 * A text search reads the events it searches: at most {@value #TEXT_SEARCH_READS} a page, after which the page says
 * where to go on.
 */
public final class History {

    static final int CACHED = 5_000;
    static final int TEXT_SEARCH_READS = 5_000;
    private static final int TEXT_BATCH = 250;
    private static final int CHAIN = 20;
    private static final int CAUSED = 100;

    private final EventIndex index;
    private final Chronology chronology;
    private final EventSource source;
    private final Map<Integer, EventSource.Read> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, EventSource.Read> eldest) {
            return size() > CACHED;
        }
    };

    public History(EventIndex index, EventSource source) {
        this.index = index;
        this.chronology = new Chronology(index);
        this.source = source;
    }

    /** A page of history, newest first, and where the next (older) page starts: null when the log's start is reached. */
    public record Page(List<EventEntry> events, @Nullable String before, int searched, int total) {
    }

    /**
     * Up to {@code limit} events that pass the filter, newest first, older than {@code before} (a cursor a page gave;
     * null: from the newest), each as {@code shown} makes it; a text filter is matched on the entry so shown (what
     * is withheld from a caller cannot be searched for by them). An ill-formed cursor is an
     * {@link IllegalArgumentException}.
     */
    public Page page(RowFilter filter, @Nullable String before, int limit, UnaryOperator<EventEntry> shown) {
        Chronology.Cursor from = Chronology.Cursor.parse(before);
        int place;
        int total;
        synchronized (index) {
            total = chronology.catchUp();
            place = from == null ? total : chronology.placeOf(from);
        }
        List<Integer> picked = new ArrayList<>();
        int searched = 0;
        int reads = 0;
        Chronology.@Nullable Cursor next = null;
        while (picked.size() < limit && place > 0 && reads < TEXT_SEARCH_READS) {
            List<Integer> candidates = new ArrayList<>();
            int wanted = filter.searchesText() ? TEXT_BATCH : limit - picked.size();
            synchronized (index) {
                while (place > 0 && candidates.size() < wanted) {
                    int row = chronology.row(--place);
                    searched++;
                    if (filter.matches(index, row)) {
                        candidates.add(row);
                    }
                }
                next = place > 0 ? chronology.cursor(chronology.row(place)) : null;
            }
            if (!filter.searchesText()) {
                picked.addAll(candidates);
                continue;
            }
            reads += candidates.size();
            Map<Integer, EventSource.Read> read = read(candidates);
            for (int row : candidates) {
                EventSource.Read entry = read.get(row);
                if (entry != null && filter.matchesText(shown.apply(entry.entry()))) {
                    picked.add(row);
                    if (picked.size() == limit) {
                        synchronized (index) {
                            next = chronology.cursor(row);
                        }
                        break;
                    }
                }
            }
        }
        Map<Integer, EventSource.Read> read = read(picked);
        List<EventEntry> events = picked.stream().map(read::get).filter(Objects::nonNull).map(EventSource.Read::entry)
                .map(shown).toList();
        return new Page(events, next == null ? null : next.toString(), searched, total);
    }

    /**
     * The event with this id (a dead letter's: its place, {@code topic-partition@offset}) with its raw fields, what
     * caused it (its cause, that one's cause, …) and what it caused; empty when the console has not read it.
     */
    public Optional<EventDetail> detail(String id) {
        int row = index.row(idOf(id));
        if (row < 0) {
            return Optional.empty();
        }
        List<Integer> chain = new ArrayList<>();
        for (int at = row; chain.size() < CHAIN;) {
            UUID cause = index.causationId(at);
            int parent = cause == null ? -1 : index.row(cause);
            if (parent < 0 || chain.contains(parent)) {
                break;
            }
            chain.add(parent);
            at = parent;
        }
        int[] caused = index.caused(row, CAUSED);
        List<Integer> rows = new ArrayList<>(chain);
        rows.add(row);
        Arrays.stream(caused).forEach(rows::add);
        Map<Integer, EventSource.Read> read = read(rows);
        EventSource.Read own = read.get(row);
        if (own == null) {
            return Optional.empty();
        }
        UUID cause = index.causationId(row);
        return Optional.of(new EventDetail(own.entry(), EventDetail.raw(own.event()),
                cause == null ? null : cause.toString(), entries(chain, read),
                entries(Arrays.stream(caused).boxed().toList(), read), traceId(row, own)));
    }

    /** The trace of the record at {@code row}: a live entry kept in memory has none, so its record is read back. */
    private @Nullable String traceId(int row, EventSource.Read read) {
        if (read.traceId() != null) {
            return read.traceId();
        }
        Position position = index.position(row);
        EventSource.Read again = source.read(List.of(position)).get(position);
        return again == null ? null : again.traceId();
    }

    /** The forum's newest {@code limit} events (its own, and a baton passed to it), oldest first. */
    public List<EventEntry> timeline(String forumId, int limit) {
        List<EventEntry> newestFirst = new ArrayList<>(page(filter(List.of(), List.of(forumId)), null, limit, UnaryOperator.identity()).events());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /**
     * The series replayed for auditors: its events in the order they happened, read back from the log, and what the
     * audit found; empty for a series the console has not read.
     */
    public Optional<SeriesAuditView> audit(String seriesId) {
        RowFilter filter = filter(List.of(seriesId), List.of());
        List<Integer> rows = new ArrayList<>();
        synchronized (index) {
            int total = chronology.catchUp();
            for (int place = 0; place < total; place++) {
                int row = chronology.row(place);
                if (filter.matches(index, row)) {
                    rows.add(row);
                }
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, EventSource.Read> read = read(rows);
        List<EventSource.Read> inOrder = rows.stream().map(read::get).filter(Objects::nonNull).toList();
        List<SpecificRecord> events = inOrder.stream().map(EventSource.Read::event).filter(Objects::nonNull).toList();
        List<String> findings = SeriesAudit.findings(seriesId, events);
        return Optional.of(new SeriesAuditView(seriesId, findings.isEmpty(), findings,
                inOrder.stream().map(EventSource.Read::entry).toList()));
    }

    /** Keeps a live event's entry, so the newest page is served without reading the log. */
    public synchronized void remember(int row, EventEntry entry, @Nullable SpecificRecord event) {
        cache.put(row, new EventSource.Read(entry, event));
    }

    /** The index the history pages through. */
    public EventIndex index() {
        return index;
    }

    private static RowFilter filter(List<String> series, List<String> forums) {
        return new RowFilter(new EventFilter(series, forums, List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    private static List<EventEntry> entries(List<Integer> rows, Map<Integer, EventSource.Read> read) {
        return rows.stream().map(read::get).filter(Objects::nonNull).map(EventSource.Read::entry).toList();
    }

    /** The entries of these rows, from the cache or the log; a row that cannot be read is left out. */
    private Map<Integer, EventSource.Read> read(List<Integer> rows) {
        Map<Integer, EventSource.Read> found = new java.util.HashMap<>();
        Map<Position, Integer> missing = new LinkedHashMap<>();
        synchronized (this) {
            for (int row : rows) {
                EventSource.Read cached = cache.get(row);
                if (cached != null) {
                    found.put(row, cached);
                } else {
                    missing.put(index.position(row), row);
                }
            }
        }
        if (!missing.isEmpty()) {
            Map<Position, EventSource.Read> read = source.read(List.copyOf(missing.keySet()));
            synchronized (this) {
                read.forEach((position, entry) -> {
                    int row = Objects.requireNonNull(missing.get(position));
                    found.put(row, entry);
                    if (missing.size() <= CACHED / 10) {
                        cache.put(row, entry);
                    }
                });
            }
        }
        return found;
    }

    /** An event id, or a dead letter's place ({@code topic-partition@offset}) standing for one. */
    private static UUID idOf(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnEventId) {
            return UUID.nameUUIDFromBytes(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
