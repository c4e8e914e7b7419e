package kz.civicrelay.resolution.messaging;

import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.core.EventCodec;
import kz.civicrelay.platform.publish.OutgoingEvent;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.resolution.domain.ResolutionEvent;

/** Resolution's events on {@code relay.resolution}, keyed by forum id. */
public final class ResolutionCodec implements EventCodec<ResolutionEvent> {

    @Override
    public List<RelayTopic> topics() {
        return List.of(RelayTopic.RESOLUTION);
    }

    @Override
    public String forumIdOf(ResolutionEvent event) {
        return event.forumId();
    }

    @Override
    public OutgoingEvent encode(ResolutionEvent event, Envelope envelope) {
        return OutgoingEvent.to(RelayTopic.RESOLUTION, ResolutionAvro.toAvro(event, envelope));
    }

    @Override
    public Optional<ResolutionEvent> decode(SpecificRecord record) {
        return ResolutionAvro.fromAvro(record);
    }
}
