package kz.civicrelay.delivery.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import kz.civicrelay.delivery.domain.Deliveries;
import kz.civicrelay.delivery.domain.DeliveryEvent;
import kz.civicrelay.delivery.domain.RetryPolicy;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.core.ServiceDefinition;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * Deliveries rebuilt from the committed log through the service's own definition, as its core folds the log on
 * start: delivery's own events applied, handoff's facts learned, each once by event id, nothing decided.
 */
public final class RebuiltDeliveries {

    private RebuiltDeliveries() {
    }

    public static Deliveries from(EventLogReplay replay) {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofHours(6), Duration.ofDays(3),
                Duration.ofSeconds(5), () -> 0.5);
        ServiceDefinition<Deliveries, DeliveryEvent> definition = DeliveryDefinition.create(policy, id -> { });
        FoldedState<Deliveries> state = new FoldedState<>(definition.state());
        Set<String> own = definition.codec().topics().stream().map(RelayTopic::topicName).collect(Collectors.toSet());
        List<String> topics = Stream.concat(definition.codec().topics().stream(),
                definition.upstream().topics().stream()).map(RelayTopic::topicName).toList();
        for (ConsumerRecord<String, SpecificRecord> record : replay.readAll(topics)) {
            Envelope envelope = Envelopes.of(record.value());
            if (own.contains(record.topic())) {
                definition.codec().decode(record.value()).ifPresent(event -> state.applyOnce(envelope.getEventId(),
                        d -> definition.fold().apply(d, event, envelope)));
            } else {
                definition.upstream().factOf(record.value())
                        .ifPresent(fact -> state.applyOnce(envelope.getEventId(), fact.learn()));
            }
        }
        return state.withState(d -> d);
    }
}
