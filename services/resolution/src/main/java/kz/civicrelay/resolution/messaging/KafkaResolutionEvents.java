package kz.civicrelay.resolution.messaging;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.publish.OutgoingEvent;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.publish.RelayPublisher;
import kz.civicrelay.platform.publish.StatePublisher;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.resolution.application.ResolutionEvents;
import kz.civicrelay.resolution.domain.ResolutionEvent;
import kz.civicrelay.resolution.domain.ForumResolutions;

/** Appends resolution's events to {@code relay.resolution}, then folds them into the state once committed. */
@Component
class KafkaResolutionEvents implements ResolutionEvents, StatePublisher.Mapping<ForumResolutions, ResolutionEvent> {

    private final StatePublisher<ForumResolutions, ResolutionEvent> publisher;

    KafkaResolutionEvents(RelayPublisher publisher, EnvelopeFactory envelopes, FoldedState<ForumResolutions> state) {
        this.publisher = new StatePublisher<>(publisher, envelopes, state, this);
    }

    @Override
    public void publish(String seriesId, List<ResolutionEvent> events, Origin origin) {
        publisher.publish(seriesId, events, origin);
    }

    @Override
    public String forumIdOf(ResolutionEvent event) {
        return event.forumId();
    }

    @Override
    public OutgoingEvent toRecord(ResolutionEvent event, Envelope envelope) {
        return OutgoingEvent.to(RelayTopic.RESOLUTION, ResolutionAvro.toAvro(event, envelope));
    }

    @Override
    public void fold(ForumResolutions state, ResolutionEvent event, Envelope envelope) {
        state.apply(event);
    }
}
