package kz.civicrelay.handoff.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.handoff.domain.HandoffEvent;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.platform.core.ServiceDefinition;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * A relay rebuilt from the committed log through the service's own definition, as its core folds the log
 * on start: every record of handoff's topics and scheduling's in append order, an own event applied and
 * an upstream fact learned, each once by event id, nothing decided; records with bad data skipped.
 */
public final class RebuiltRelay {

    private RebuiltRelay() {
    }

    public static Relay from(EventLogReplay replay) {
        return from(replay, Duration.ofHours(48));
    }

    /** As a service with {@code relay.handoff.acknowledgement-timeout} = {@code acknowledgementSla} folds it. */
    public static Relay from(EventLogReplay replay, Duration acknowledgementSla) {
        ServiceDefinition<Relay, HandoffEvent> definition = HandoffDefinition.create(acknowledgementSla);
        FoldedState<Relay> state = new FoldedState<>(definition.state());
        Set<String> own = definition.codec().topics().stream().map(RelayTopic::topicName).collect(Collectors.toSet());
        List<String> topics = Stream.concat(definition.codec().topics().stream(), definition.upstream().topics().stream())
                .map(RelayTopic::topicName).toList();
        for (ConsumerRecord<String, SpecificRecord> record : replay.readAll(topics)) {
            try {
                fold(definition, state, own.contains(record.topic()), record.value());
            } catch (IllegalArgumentException e) {
                // bad data: the core skips it too (and the live listener dead-letters it)
            }
        }
        return state.withState(relay -> relay);
    }

    private static void fold(ServiceDefinition<Relay, HandoffEvent> definition, FoldedState<Relay> state, boolean own,
            SpecificRecord record) {
        Envelope envelope = Envelopes.of(record);
        if (own) {
            definition.codec().decode(record).ifPresent(event -> state.applyOnce(envelope.getEventId(),
                    relay -> definition.fold().apply(relay, event, envelope)));
        } else {
            definition.upstream().factOf(record)
                    .ifPresent(fact -> state.applyOnce(envelope.getEventId(), fact.learn()));
        }
    }
}
