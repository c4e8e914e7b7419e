package kz.civicrelay.resolution.messaging;

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
import kz.civicrelay.resolution.application.Origin;
import kz.civicrelay.resolution.application.ResolutionEvents;
import kz.civicrelay.resolution.domain.ForumResolutions;
import kz.civicrelay.resolution.domain.ResolutionEvent;

/** Appends resolution's events to {@code relay.resolution}, then folds them into the state once committed. */
@Component
class KafkaResolutionEvents implements ResolutionEvents {

    private final RelayPublisher publisher;
    private final EnvelopeFactory envelopes;
    private final FoldedState<ForumResolutions> state;

    KafkaResolutionEvents(RelayPublisher publisher, EnvelopeFactory envelopes, FoldedState<ForumResolutions> state) {
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.state = state;
    }

    @Override
    public void publish(String seriesId, List<ResolutionEvent> events, Origin origin) {
        List<OutgoingEvent> outgoing = new ArrayList<>();
        List<Runnable> folds = new ArrayList<>();
        String correlationId = UUID.randomUUID().toString();
        for (ResolutionEvent event : events) {
            Envelope envelope = envelope(seriesId, event, origin, correlationId);
            SpecificRecord record = ResolutionAvro.toAvro(event, envelope);
            outgoing.add(OutgoingEvent.to(RelayTopic.RESOLUTION, record));
            folds.add(() -> state.applyOnce(envelope.getEventId(), resolutions -> resolutions.apply(event)));
        }
        publisher.publish(outgoing, () -> folds.forEach(Runnable::run));
    }

    private Envelope envelope(String seriesId, ResolutionEvent event, Origin origin, String correlationId) {
        if (origin instanceof Origins.Reaction reaction) {
            return envelopes.causedBy(reaction.cause(), event.forumId());
        }
        return envelopes.forCommand(seriesId, event.forumId(), ((Origins.Command) origin).actor(), correlationId);
    }
}
