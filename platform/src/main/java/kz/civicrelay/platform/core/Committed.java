package kz.civicrelay.platform.core;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.Envelope;

/**
 * What a service does once one of its decided events is committed, on the instance that decided it: counts it
 * (its meters). Not called for events read back from the log (a rebuild, a standby following), so each event is
 * counted once, by the process that wrote it.
 *
 * @param <E> the service's domain events
 */
@FunctionalInterface
public interface Committed<E> {

    /**
     * @param event    the committed event
     * @param envelope its envelope
     * @param cause    the envelope of the event it reacts to; null for a command or the service's own acting
     */
    void committed(E event, Envelope envelope, @Nullable Envelope cause);

    static <E> Committed<E> nothing() {
        return (event, envelope, cause) -> {
        };
    }
}
