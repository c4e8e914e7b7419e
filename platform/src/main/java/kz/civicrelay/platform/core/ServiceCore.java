package kz.civicrelay.platform.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.publish.OutgoingEvent;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.publish.RelayPublisher;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * A service's state and the one way to change it. A decision runs alone (one at a time), under the state's lock
 * on the active instance (a group commit appends without it, {@link #decideTogether}): the domain decides from the state, the events get their envelopes and are appended in one
 * Kafka transaction (the listener's, for a reaction), and once committed they are folded into the state,
 * each once by event id. Committed records of the log reach the state through {@link #fold}, the same
 * on start, on a standby and live.
 *
 * @param <S> the plain-Java state
 * @param <E> the service's domain events
 */
public final class ServiceCore<S, E> {

    private static final Logger log = LoggerFactory.getLogger(ServiceCore.class);

    private final FoldedState<S> state;
    private final ServiceDefinition<S, E> definition;
    private final RelayPublisher publisher;
    private final EnvelopeFactory envelopes;
    private final Leadership leadership;
    private final Set<String> ownTopics;
    private final GroupCommit<S, E> group = new GroupCommit<>(this);
    private final ObservationRegistry observations;
    private volatile Committed<E> committed = Committed.nothing();
    /**
     * Taken by every decision, for its whole decide-append-fold: a group commit appends without the state's lock
     * (reads go on), so nothing else may decide until its events are folded or released.
     */
    private final java.util.concurrent.locks.ReentrantLock writer = new java.util.concurrent.locks.ReentrantLock(true);

    /** A core that observes nothing (its tests). */
    ServiceCore(ServiceDefinition<S, E> definition, RelayPublisher publisher, EnvelopeFactory envelopes,
            Leadership leadership) {
        this(definition, publisher, envelopes, leadership, ObservationRegistry.NOOP);
    }

    ServiceCore(ServiceDefinition<S, E> definition, RelayPublisher publisher, EnvelopeFactory envelopes,
            Leadership leadership, ObservationRegistry observations) {
        this.observations = observations;
        this.state = new FoldedState<>(definition.state());
        this.definition = definition;
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.leadership = leadership;
        this.ownTopics = definition.codec().topics().stream().map(RelayTopic::topicName).collect(Collectors.toSet());
    }

    /** Reads the state under its lock. */
    public <R> R read(Function<S, R> query) {
        return state.withState(query);
    }

    /**
     * Decides from the current state and appends the resulting events; returns them once committed and
     * folded. Refused with {@link StandbyException} on an instance that does not hold the lease.
     */
    public List<E> decide(Function<S, List<E>> decision, Origin origin) {
        return writing(() -> state.exclusively(() -> {
            leadership.checkActive();
            List<E> events = state.withState(decision);
            publish(events, origin);
            return events;
        }));
    }

    /**
     * Like {@link #decide}, but decided together with the decisions that arrive while another group is being
     * committed: the group's decisions run in arrival order, each seeing the ones before it (their events are
     * {@linkplain Fold#hold held} in the state until they commit), and all their events are appended in one
     * Kafka transaction. Returns once that transaction committed and the events were folded; a decision that
     * throws fails alone; a failed commit fails the whole group and releases its holds, so nothing uncommitted
     * stays in the state. For domains whose {@link Fold} holds what a later decision must see.
     */
    public List<E> decideTogether(Function<S, List<E>> decision, Origin origin) {
        return group.decide(decision, origin);
    }

    /** Tells {@code committed} of each event this instance decides, once it is committed (the service's meters). */
    public void onCommitted(Committed<E> committed) {
        this.committed = committed;
    }

    /** True if this instance decides now. */
    public boolean isActive() {
        return leadership.isActive();
    }

    public Leadership leadership() {
        return leadership;
    }

    /** How many events the state holds (for the log of a rebuild). */
    public int foldedCount() {
        return state.appliedCount();
    }

    /**
     * The live listener's reaction to an upstream record, in its consume-process-produce transaction: the
     * fact is learned once, then the reaction decided and appended with the consumed offset.
     */
    void react(SpecificRecord record) {
        Optional<Fact<S, E>> fact = definition.upstream().factOf(record);
        if (fact.isEmpty()) {
            return;
        }
        Envelope cause = Envelopes.of(record);
        try (var logged = LogFields.of(cause)) {
            reactTo(record.getSchema().getName(), cause, fact.get());
        }
    }

    private void reactTo(String causeType, Envelope cause, Fact<S, E> fact) {
        writing(() -> state.exclusively(() -> {
            state.applyOnce(cause.getEventId(), fact.learn());
            List<E> events = state.withState(fact.react());
            if (!events.isEmpty()) {
                leadership.checkActive();
                publish(events, Origin.reaction(cause));
                // appended in the listener's transaction, which commits them with the consumed offset
                log.info("Reaction to {} {}: {}", causeType, cause.getEventId(), events.stream().collect(
                        Collectors.groupingBy(e -> e.getClass().getSimpleName(), java.util.LinkedHashMap::new,
                                Collectors.counting())));
            }
            return null;
        }));
    }

    /**
     * Folds one committed record of the log: an own event is applied, an upstream fact learned, each once
     * by event id; nothing is decided. Bad data throws {@link IllegalArgumentException}.
     */
    void fold(String topic, SpecificRecord record) {
        Envelope envelope = Envelopes.of(record);
        if (ownTopics.contains(topic)) {
            E event = definition.codec().decode(record).orElseThrow(() -> new IllegalArgumentException(
                    record.getSchema().getName() + " is not an event " + topic + " holds"));
            state.applyOnce(envelope.getEventId(), s -> definition.fold().apply(s, event, envelope));
        } else {
            definition.upstream().factOf(record)
                    .ifPresent(fact -> state.applyOnce(envelope.getEventId(), fact.learn()));
        }
    }

    boolean isOwn(String topic) {
        return ownTopics.contains(topic);
    }

    ServiceDefinition<S, E> definition() {
        return definition;
    }

    /** The observation (trace) a decision asked on this thread belongs to, for a group commit to send it under. */
    @Nullable Observation currentObservation() {
        return observations.getCurrentObservation();
    }

    private void publish(List<E> events, Origin origin) {
        if (events.isEmpty()) {
            return;
        }
        Written written = new Written();
        written.add(events, origin, null);
        written.publish();
    }

    private void tellCommitted(E event, Envelope envelope, @Nullable Envelope cause) {
        try {
            committed.committed(event, envelope, cause);
        } catch (RuntimeException e) {
            // a meter must never undo or stop what the log already holds
            log.warn("Counting a committed event failed", e);
        }
    }

    /** Runs a decision's whole step, with no other decision at the same time. */
    <R> R writing(java.util.function.Supplier<R> step) {
        writer.lock();
        try {
            return step.get();
        } finally {
            writer.unlock();
        }
    }

    void writing(Runnable step) {
        writing(() -> {
            step.run();
            return null;
        });
    }

    /** Runs a step under the state's lock (the one decisions, folds and reads share). */
    <R> R exclusively(java.util.function.Supplier<R> step) {
        return state.exclusively(step);
    }

    <R> R withState(Function<S, R> query) {
        return state.withState(query);
    }

    /** Events decided for one transaction: their records, and how to fold them once it commits. */
    final class Written {

        private final List<OutgoingEvent> outgoing = new ArrayList<>();
        private final List<Runnable> folds = new ArrayList<>();
        private final List<E> held = new ArrayList<>();

        /**
         * Adds one decision's events, with envelopes for its origin (one correlation id per decision); a decision
         * asked on another thread names the observation it was asked in, so its records carry that trace.
         */
        void add(List<E> events, Origin origin, @Nullable Observation askedIn) {
            if (events.isEmpty()) {
                return;
            }
            String seriesId = state.withState(s -> definition.fold().seriesIdOf(s, events));
            String correlationId = UUID.randomUUID().toString();
            for (E event : events) {
                Envelope envelope = origin.envelope(envelopes, seriesId, definition.codec().forumIdOf(event),
                        correlationId);
                outgoing.add(definition.codec().encode(event, envelope).askedIn(askedIn));
                folds.add(() -> {
                    state.applyOnce(envelope.getEventId(), s -> definition.fold().apply(s, event, envelope));
                    tellCommitted(event, envelope, origin.cause());
                });
            }
        }

        /** Adds one decision's events and holds them in the state, for the decisions after it to see. */
        void addHeld(List<E> events, Origin origin, @Nullable Observation askedIn) {
            add(events, origin, askedIn);
            state.withState(s -> {
                events.forEach(event -> definition.fold().hold(s, event));
                return null;
            });
            held.addAll(events);
        }

        boolean isEmpty() {
            return outgoing.isEmpty();
        }

        /** Appends everything in one transaction and folds it once committed; on failure releases the holds. */
        void publish() {
            try {
                publisher.publish(outgoing, () -> folds.forEach(Runnable::run));
            } catch (RuntimeException e) {
                state.withState(s -> {
                    held.forEach(event -> definition.fold().release(s, event));
                    return null;
                });
                Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
                if (root instanceof ProducerFencedException || root instanceof InvalidProducerEpochException) {
                    // Another instance took the lease and fenced this one's transactions: nothing was appended.
                    leadership.become(Leadership.Role.STANDBY);
                    throw new StandbyException(
                            "This instance was fenced by another that took over; nothing was changed",
                            leadership.activeInstance());
                }
                throw e;
            }
        }
    }
}
