package kz.civicrelay.console.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Strings the index repeats (event types, series and forum ids, actors, topics), each kept once and named by a
 * number: a million events name a few thousand distinct values. Null is {@value #NONE}. Not thread-safe.
 */
final class Names {

    static final int NONE = -1;

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** The number of {@code name}, given it now if it has none; {@value #NONE} for null. */
    int number(@Nullable String name) {
        if (name == null) {
            return NONE;
        }
        Integer known = numbers.get(name);
        if (known != null) {
            return known;
        }
        names.add(name);
        numbers.put(name, names.size() - 1);
        return names.size() - 1;
    }

    /** The number {@code name} has, or {@value #NONE} when it has none (nothing indexed names it). */
    int find(@Nullable String name) {
        Integer known = name == null ? null : numbers.get(name);
        return known == null ? NONE : known;
    }

    @Nullable String name(int number) {
        return number == NONE ? null : names.get(number);
    }

    int size() {
        return names.size();
    }
}
