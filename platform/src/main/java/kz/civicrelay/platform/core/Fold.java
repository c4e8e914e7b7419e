package kz.civicrelay.platform.core;

import java.util.List;

import kz.civicrelay.events.Envelope;

/**
 * How a service's committed events change its plain-Java state, and which series each belongs to.
 *
 * @param <S> the state
 * @param <E> the service's domain events
 */
public interface Fold<S, E> {

    /** Folds one committed event of the service's own into the state. */
    void apply(S state, E event, Envelope envelope);

    /**
     * The series the events of one decision belong to (their envelopes name it), from the state as it was
     * before them and the events themselves (e.g. a plan names its new series).
     */
    String seriesIdOf(S state, List<E> decided);

    /**
     * Marks a decided event that is not committed yet, so that the decisions after it in the same group
     * commit ({@link ServiceCore#decideTogether}) see it (e.g. a seat taken). {@link #apply} of the committed
     * event must clear the mark; none by default.
     */
    default void hold(S state, E event) {
    }

    /** Clears what {@link #hold} marked: the event's transaction failed and it will never be applied. */
    default void release(S state, E event) {
    }

    /** Folds one committed event into the state. */
    @FunctionalInterface
    interface Apply<S, E> {
        void apply(S state, E event, Envelope envelope);
    }

    /** A fold of the given two parts. */
    static <S, E> Fold<S, E> of(Apply<S, E> apply, java.util.function.BiFunction<S, List<E>, String> seriesIdOf) {
        return new Fold<>() {
            @Override
            public void apply(S state, E event, Envelope envelope) {
                apply.apply(state, event, envelope);
            }

            @Override
            public String seriesIdOf(S state, List<E> decided) {
                return seriesIdOf.apply(state, decided);
            }
        };
    }
}
