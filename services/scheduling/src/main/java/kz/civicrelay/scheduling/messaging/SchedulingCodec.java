package kz.civicrelay.scheduling.messaging;

import kz.civicrelay.platform.core.EventCodec;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.scheduling.domain.SchedulingEvent;

/** Scheduling's events on {@code relay.scheduling}, keyed by forum id (the series id for series-wide ones). */
public final class SchedulingCodec {

    private SchedulingCodec() {
    }

    public static EventCodec<SchedulingEvent> create() {
        return EventCodec.onTopic(RelayTopic.SCHEDULING, SchedulingEvent::forumId, SchedulingAvro::toAvro, SchedulingAvro::fromAvro);
    }
}
