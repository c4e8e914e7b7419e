package kz.civicrelay.console.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.civicrelay.console.board.EventEntry;
import kz.civicrelay.platform.audit.EventFilter;

/**
 * An {@link EventFilter} applied to the index's rows, as {@code forumctl tail} applies it to events: series, forum
 * (the event's or one it names), region, type, service and actor from the index; the text, which the index does
 * not keep, on the entry once it is read from the log ({@link #matchesText}). What one name matched is remembered,
 * so a scan of a million rows compares each distinct name once.
 */
public final class RowFilter {

    private final EventFilter filter;
    private final int regionBits;
    private final Map<Integer, Boolean> seriesMatch = new HashMap<>();
    private final Map<Integer, Boolean> forumMatch = new HashMap<>();
    private final Map<Integer, Boolean> typeMatch = new HashMap<>();
    private final Map<Integer, Boolean> serviceMatch = new HashMap<>();
    private final Map<Integer, Boolean> actorMatch = new HashMap<>();

    public RowFilter(EventFilter filter) {
        this.filter = filter;
        this.regionBits = EventIndex.regionBits(filter.regions());
    }

    /** Everything passes. */
    public static RowFilter none() {
        return new RowFilter(EventFilter.none());
    }

    /** Whether any filter is given (but the text one): else every row passes {@link #matches}. */
    public boolean filters() {
        return !(filter.series().isEmpty() && filter.forums().isEmpty() && filter.regions().isEmpty()
                && filter.types().isEmpty() && filter.services().isEmpty() && filter.actors().isEmpty());
    }

    /** Whether a text filter is given: then rows that pass {@link #matches} must be read to be sure. */
    public boolean searchesText() {
        return !filter.texts().isEmpty();
    }

    /** Whether the row passes every filter but the text one. */
    public synchronized boolean matches(EventIndex index, int row) {
        return (filter.regions().isEmpty() || (index.regionBits(row) & regionBits) != 0)
                && remembered(typeMatch, index, index.typeNumber(row), filter.types(), false)
                && remembered(seriesMatch, index, index.seriesNumber(row), filter.series(), false)
                && remembered(serviceMatch, index, index.serviceNumber(row), filter.services(), false)
                && remembered(actorMatch, index, index.actorNumber(row), filter.actors(), true)
                && (filter.forums().isEmpty() || remembered(forumMatch, index, index.forumNumber(row), filter.forums(), false)
                        || remembered(forumMatch, index, index.otherForumNumber(row), filter.forums(), false));
    }

    /** Whether the entry, as read, contains one of the texts asked for (any, without case); true when none is. */
    public boolean matchesText(EventEntry entry) {
        if (filter.texts().isEmpty()) {
            return true;
        }
        String text = EventFilter.fold(entry.searchableText());
        return filter.texts().stream().anyMatch(text::contains);
    }

    private static boolean remembered(Map<Integer, Boolean> memo, EventIndex index, int number, List<String> wanted,
            boolean part) {
        if (wanted.isEmpty()) {
            return true;
        }
        return memo.computeIfAbsent(number, n -> {
            String name = EventFilter.fold(index.name(n));
            return !name.isEmpty() && wanted.stream().anyMatch(w -> part ? name.contains(w) : name.equals(w));
        });
    }
}
