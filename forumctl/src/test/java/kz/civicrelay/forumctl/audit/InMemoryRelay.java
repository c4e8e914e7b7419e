package kz.civicrelay.forumctl.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.handoff.domain.HandoffEvent;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.handoff.messaging.HandoffDefinition;
import kz.civicrelay.platform.core.ServiceDefinition;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.testing.SteppingClock;
import kz.civicrelay.platform.publish.OutgoingEvent;
import kz.civicrelay.registration.domain.RegistrationEvent;
import kz.civicrelay.registration.domain.Registrations;
import kz.civicrelay.registration.messaging.RegistrationDefinition;
import kz.civicrelay.resolution.domain.ForumResolutions;
import kz.civicrelay.resolution.domain.ResolutionEvent;
import kz.civicrelay.resolution.messaging.ResolutionDefinition;
import kz.civicrelay.scheduling.domain.Schedule;
import kz.civicrelay.scheduling.domain.SchedulingEvent;
import kz.civicrelay.scheduling.messaging.SchedulingDefinition;

/**
 * Scheduling, registration, resolution and handoff run in memory with their own definitions, as their cores run them: a decision's
 * events are encoded, appended to a log (three partitions per topic, by key; one second apart) and folded, and each
 * other service learns and reacts to them. What a test's auditor then reads is a log the services could have written.
 */
final class InMemoryRelay {

    /** One service: its definition, its state, its envelopes. */
    static final class Node<S, E> {
        final ServiceDefinition<S, E> definition;
        final EnvelopeFactory envelopes;

        Node(String producer, ServiceDefinition<S, E> definition, Clock clock) {
            this.definition = definition;
            this.envelopes = new EnvelopeFactory(producer, clock);
        }

        S state() {
            return definition.state();
        }
    }

    private final SteppingClock clock = new SteppingClock(Instant.parse("2027-03-01T05:00:00Z"),
            java.time.Duration.ofSeconds(1));
    final Node<Schedule, SchedulingEvent> scheduling = new Node<>("scheduling", SchedulingDefinition.create(), clock);
    final Node<Registrations, RegistrationEvent> registration = new Node<>("registration",
            RegistrationDefinition.create(), clock);
    final Node<ForumResolutions, ResolutionEvent> resolution = new Node<>("resolution", ResolutionDefinition.create(),
            clock);
    final Node<Relay, HandoffEvent> handoff = new Node<>("handoff", HandoffDefinition.create(), clock);
    final List<LoggedEvent> log = new ArrayList<>();
    private final Map<String, Long> offsets = new HashMap<>();

    /** Lets the time pass (between a forum's days, say). */
    void advance(java.time.Duration duration) {
        clock.advance(duration);
    }

    Instant now() {
        return clock.now();
    }

    <S, E> void decide(Node<S, E> node, Function<S, List<E>> decision, Actor actor) {
        publish(node, decision.apply(node.state()), actor, null);
    }

    private <S, E> void publish(Node<S, E> node, List<E> events, Actor actor, @Nullable Envelope cause) {
        if (events.isEmpty()) {
            return;
        }
        String seriesId = node.definition.fold().seriesIdOf(node.state(), events);
        String correlationId = UUID.randomUUID().toString();
        List<LoggedEvent> appended = new ArrayList<>();
        for (E event : events) {
            String forumId = node.definition.codec().forumIdOf(event);
            Envelope envelope = cause == null ? node.envelopes.forCommand(seriesId, forumId, actor, correlationId)
                    : node.envelopes.causedBy(cause, forumId);
            appended.add(append(node.definition.codec().encode(event, envelope)));
            node.definition.fold().apply(node.state(), event, envelope);
        }
        for (LoggedEvent logged : appended) {
            react(scheduling, logged);
            react(registration, logged);
            react(resolution, logged);
            react(handoff, logged);
        }
    }

    private <S, E> void react(Node<S, E> node, LoggedEvent logged) {
        if (node.definition.upstream().topics().stream().noneMatch(t -> t.topicName().equals(logged.topic()))) {
            return;
        }
        node.definition.upstream().factOf(logged.event()).ifPresent(fact -> {
            fact.learn().accept(node.state());
            publish(node, fact.react().apply(node.state()), node.envelopes.serviceActor(), logged.envelope());
        });
    }

    private LoggedEvent append(OutgoingEvent out) {
        int partition = Math.floorMod(out.key().hashCode(), 3);
        String topic = out.topic().topicName();
        long offset = offsets.merge(topic + "/" + partition, 1L, Long::sum) - 1;
        Instant at = kz.civicrelay.platform.envelope.Envelopes.of(out.event()).getOccurredAt();
        LoggedEvent logged = new LoggedEvent(topic, partition, offset, at, out.event());
        log.add(logged);
        return logged;
    }
}
