package kz.civicrelay.platform.core;

/**
 * Everything a service supplies to its core besides its web layer.
 *
 * @param state    the empty state, to be rebuilt from the log
 * @param fold     how its own events change the state
 * @param upstream what other services' records mean to it
 * @param codec    its own events on the wire
 */
public record ServiceDefinition<S, E>(S state, Fold<S, E> fold, Upstream<S, E> upstream, EventCodec<E> codec) {
}
