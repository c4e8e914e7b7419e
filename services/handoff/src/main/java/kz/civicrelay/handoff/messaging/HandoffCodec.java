package kz.civicrelay.handoff.messaging;

import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.handoff.domain.HandoffEvent;
import kz.civicrelay.handoff.domain.HandoffEvent.NotificationIssued;
import kz.civicrelay.platform.core.EventCodec;
import kz.civicrelay.platform.publish.OutgoingEvent;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * Handoff's events on its two topics: the baton, acknowledgements, escalations and a series' acknowledgement
 * SLA on {@code relay.handoff} (key: forum id; the series id for the SLA), notifications on {@code relay.notifications} (key: recipient
 * region code). One decision's events are appended in one transaction, whichever topic each goes to.
 */
public final class HandoffCodec implements EventCodec<HandoffEvent> {

    @Override
    public List<RelayTopic> topics() {
        return List.of(RelayTopic.HANDOFF, RelayTopic.NOTIFICATIONS);
    }

    @Override
    public @Nullable String forumIdOf(HandoffEvent event) {
        return event.forumId();
    }

    @Override
    public OutgoingEvent encode(HandoffEvent event, Envelope envelope) {
        SpecificRecord record = HandoffAvro.toAvro(event, envelope);
        return event instanceof NotificationIssued issued
                ? new OutgoingEvent(RelayTopic.NOTIFICATIONS, issued.recipientRegionCode(), record)
                : OutgoingEvent.to(RelayTopic.HANDOFF, record);
    }

    @Override
    public Optional<HandoffEvent> decode(SpecificRecord record) {
        return HandoffAvro.fromAvro(record);
    }
}
