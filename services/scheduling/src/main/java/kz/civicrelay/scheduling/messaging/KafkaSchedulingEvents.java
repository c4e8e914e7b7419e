package kz.civicrelay.scheduling.messaging;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.publish.OutgoingEvent;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.publish.RelayPublisher;
import kz.civicrelay.platform.publish.StatePublisher;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.scheduling.application.SchedulingEvents;
import kz.civicrelay.scheduling.domain.SchedulingEvent;
import kz.civicrelay.scheduling.domain.Series;

/** Appends scheduling's events to {@code relay.scheduling}, then folds them into the state once committed. */
@Component
class KafkaSchedulingEvents implements SchedulingEvents, StatePublisher.Mapping<Series, SchedulingEvent> {

    private final StatePublisher<Series, SchedulingEvent> publisher;

    KafkaSchedulingEvents(RelayPublisher publisher, EnvelopeFactory envelopes, FoldedState<Series> state) {
        this.publisher = new StatePublisher<>(publisher, envelopes, state, this);
    }

    @Override
    public void publish(String seriesId, List<SchedulingEvent> events, Origin origin) {
        publisher.publish(seriesId, events, origin);
    }

    @Override
    public @Nullable String forumIdOf(SchedulingEvent event) {
        return event.forumId();
    }

    @Override
    public OutgoingEvent toRecord(SchedulingEvent event, Envelope envelope) {
        return OutgoingEvent.to(RelayTopic.SCHEDULING, SchedulingAvro.toAvro(event, envelope));
    }

    @Override
    public void fold(Series state, SchedulingEvent event, Envelope envelope) {
        state.apply(event);
    }
}
