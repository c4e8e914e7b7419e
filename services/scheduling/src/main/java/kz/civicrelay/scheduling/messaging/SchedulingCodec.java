package kz.civicrelay.scheduling.messaging;

import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.core.EventCodec;
import kz.civicrelay.platform.publish.OutgoingEvent;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.scheduling.domain.SchedulingEvent;

/** Scheduling's events on {@code relay.scheduling}, keyed by forum id (the series id for series-wide ones). */
public final class SchedulingCodec implements EventCodec<SchedulingEvent> {

    @Override
    public List<RelayTopic> topics() {
        return List.of(RelayTopic.SCHEDULING);
    }

    @Override
    public @Nullable String forumIdOf(SchedulingEvent event) {
        return event.forumId();
    }

    @Override
    public OutgoingEvent encode(SchedulingEvent event, Envelope envelope) {
        return OutgoingEvent.to(RelayTopic.SCHEDULING, SchedulingAvro.toAvro(event, envelope));
    }

    @Override
    public Optional<SchedulingEvent> decode(SpecificRecord record) {
        return SchedulingAvro.fromAvro(record);
    }
}
