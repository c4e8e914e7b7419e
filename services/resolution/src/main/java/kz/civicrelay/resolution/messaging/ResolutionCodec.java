package kz.civicrelay.resolution.messaging;

import kz.civicrelay.platform.core.EventCodec;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.resolution.domain.ResolutionEvent;

/** Resolution's events on {@code relay.resolution}, keyed by forum id. */
public final class ResolutionCodec {

    private ResolutionCodec() {
    }

    public static EventCodec<ResolutionEvent> create() {
        return EventCodec.onTopic(RelayTopic.RESOLUTION, ResolutionEvent::forumId, ResolutionAvro::toAvro, ResolutionAvro::fromAvro);
    }
}
