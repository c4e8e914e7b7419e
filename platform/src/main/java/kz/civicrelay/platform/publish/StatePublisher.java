package kz.civicrelay.platform.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.log.FoldedState;

/**
 * Writes a service's domain events: gives each its envelope, maps it to its Avro record and topic,
 * appends them all in one transaction, and folds them into the service's state once committed (each
 * once, by event id).
 *
 * @param <S> the service's state
 * @param <E> the service's domain events
 */
public final class StatePublisher<S, E> {

    /** How a service's domain events go on the wire and into its state. */
    public interface Mapping<S, E> {

        /** The forum the event is about; null for series-wide events. */
        @Nullable String forumIdOf(E event);

        /** The event's Avro record, with its topic and key. */
        OutgoingEvent toRecord(E event, Envelope envelope);

        /** Folds the committed event into the state. */
        void fold(S state, E event, Envelope envelope);
    }

    private final RelayPublisher publisher;
    private final EnvelopeFactory envelopes;
    private final FoldedState<S> state;
    private final Mapping<S, E> mapping;

    public StatePublisher(RelayPublisher publisher, EnvelopeFactory envelopes, FoldedState<S> state,
            Mapping<S, E> mapping) {
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.state = state;
        this.mapping = mapping;
    }

    public void publish(String seriesId, List<E> events, Origin origin) {
        List<OutgoingEvent> outgoing = new ArrayList<>();
        List<Runnable> folds = new ArrayList<>();
        String correlationId = UUID.randomUUID().toString();
        for (E event : events) {
            Envelope envelope = origin.envelope(envelopes, seriesId, mapping.forumIdOf(event), correlationId);
            outgoing.add(mapping.toRecord(event, envelope));
            folds.add(() -> state.applyOnce(envelope.getEventId(), s -> mapping.fold(s, event, envelope)));
        }
        publisher.publish(outgoing, () -> folds.forEach(Runnable::run));
    }
}
