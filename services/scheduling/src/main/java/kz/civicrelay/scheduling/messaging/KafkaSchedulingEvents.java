package kz.civicrelay.scheduling.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.publish.OutgoingEvent;
import kz.civicrelay.platform.publish.RelayPublisher;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.scheduling.application.Origin;
import kz.civicrelay.scheduling.application.SchedulingEvents;
import kz.civicrelay.scheduling.domain.SchedulingEvent;
import kz.civicrelay.scheduling.domain.Series;

/** Appends scheduling's events to {@code relay.scheduling}, then folds them into the state once committed. */
@Component
class KafkaSchedulingEvents implements SchedulingEvents {

    private final RelayPublisher publisher;
    private final EnvelopeFactory envelopes;
    private final FoldedState<Series> state;

    KafkaSchedulingEvents(RelayPublisher publisher, EnvelopeFactory envelopes, FoldedState<Series> state) {
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.state = state;
    }

    @Override
    public void publish(String seriesId, List<SchedulingEvent> events, Origin origin) {
        List<OutgoingEvent> outgoing = new ArrayList<>();
        List<Runnable> folds = new ArrayList<>();
        String correlationId = UUID.randomUUID().toString();
        for (SchedulingEvent event : events) {
            Envelope envelope = envelope(seriesId, event, origin, correlationId);
            SpecificRecord record = SchedulingAvro.toAvro(event, envelope);
            outgoing.add(OutgoingEvent.to(RelayTopic.SCHEDULING, record));
            folds.add(() -> state.applyOnce(envelope.getEventId(), series -> series.apply(event)));
        }
        publisher.publish(outgoing, () -> folds.forEach(Runnable::run));
    }

    private Envelope envelope(String seriesId, SchedulingEvent event, Origin origin, String correlationId) {
        if (origin instanceof Origins.Reaction reaction) {
            return envelopes.causedBy(reaction.cause(), event.forumId());
        }
        return envelopes.forCommand(seriesId, event.forumId(), ((Origins.Command) origin).actor(), correlationId);
    }
}
