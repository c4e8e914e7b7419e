package kz.civicrelay.platform.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;

/**
 * The orders a replay may bring a log's events in, for tests of a fold that must not depend on it: as
 * written, reversed, shuffled (with a fixed seed), and three partitions read one after another (event
 * i on partition i % 3). Use as a {@code @MethodSource} of a {@code @ParameterizedTest}.
 */
public final class ReplayOrders {

    private ReplayOrders() {
    }

    /** Every order, each named; {@code seed} fixes the shuffle. */
    public static <T> Stream<Named<UnaryOperator<List<T>>>> all(long seed) {
        return Stream.of(Named.of("as written", List::copyOf), Named.of("reversed", ReplayOrders::reversed),
                Named.of("shuffled", events -> shuffled(events, seed)),
                Named.of("three partitions read one after another", ReplayOrders::partitionAfterPartition));
    }

    public static <T> List<T> reversed(List<T> events) {
        List<T> copy = new ArrayList<>(events);
        Collections.reverse(copy);
        return copy;
    }

    public static <T> List<T> shuffled(List<T> events, long seed) {
        List<T> copy = new ArrayList<>(events);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    /** Event i on partition i % 3, and the partitions read one after another, as a replay may read them. */
    public static <T> List<T> partitionAfterPartition(List<T> events) {
        return IntStream.range(0, 3).boxed().flatMap(partition -> IntStream.range(0, events.size())
                .filter(i -> i % 3 == partition).mapToObj(events::get)).toList();
    }
}
