package kz.civicrelay.platform.core;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What one upstream record means to a service: what it learns (folded live, on restart and on a
 * standby alike) and, live only, what it decides in reaction. Learning comes first.
 *
 * @param learn folds the fact into the state; must not decide anything
 * @param react the decision the fact calls for, from the state; may be no events
 */
public record Fact<S, E>(Consumer<S> learn, Function<S, List<E>> react) {

    /** A fact the service only keeps in its state. */
    public static <S, E> Fact<S, E> learn(Consumer<S> learn) {
        return new Fact<>(learn, state -> List.of());
    }

    /** A fact the service only reacts to. */
    public static <S, E> Fact<S, E> react(Function<S, List<E>> react) {
        return new Fact<>(state -> { }, react);
    }
}
