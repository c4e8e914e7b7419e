package kz.civicrelay.handoff.messaging;

import java.time.Duration;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.handoff.domain.HandoffEvent;
import kz.civicrelay.handoff.domain.HandoffEvent.AcknowledgementSlaSet;
import kz.civicrelay.handoff.domain.HandoffEvent.BatonPassed;
import kz.civicrelay.handoff.domain.HandoffEvent.HandoffAcknowledged;
import kz.civicrelay.handoff.domain.HandoffEvent.HandoffEscalated;
import kz.civicrelay.handoff.domain.HandoffEvent.NotificationIssued;
import kz.civicrelay.handoff.domain.NotificationKind;
import kz.civicrelay.reference.Trilingual;

/** Converts handoff's domain events to and from their Avro form at the edge. */
final class HandoffAvro {

    private HandoffAvro() {
    }

    static SpecificRecord toAvro(HandoffEvent event, Envelope envelope) {
        if (event instanceof BatonPassed e) {
            return kz.civicrelay.events.BatonPassed.newBuilder().setEnvelope(envelope)
                    .setHandoffNumber(e.handoffNumber()).setFromForumId(e.fromForumId())
                    .setFromRegionCode(e.fromRegionCode()).setToForumId(e.toForumId())
                    .setToRegionCode(e.toRegionCode()).setToPosition(e.toPosition())
                    .setHandoffPackage(HandoffPackageAvro.toAvro(e.handoffPackage())).build();
        }
        if (event instanceof AcknowledgementSlaSet e) {
            return kz.civicrelay.events.AcknowledgementSlaSet.newBuilder().setEnvelope(envelope)
                    .setSlaMillis(e.sla().toMillis()).build();
        }
        if (event instanceof NotificationIssued e) {
            return kz.civicrelay.events.HandoffNotificationIssued.newBuilder().setEnvelope(envelope)
                    .setNotificationId(e.notificationId()).setRecipientRegionCode(e.recipientRegionCode())
                    .setKind(kz.civicrelay.events.NotificationKind.valueOf(e.kind().name()))
                    .setFromRegionCode(e.fromRegionCode()).setToRegionCode(e.toRegionCode())
                    .setMessage(text(e.message())).setAcknowledgementRequired(e.acknowledgementRequired()).build();
        }
        if (event instanceof HandoffAcknowledged e) {
            return kz.civicrelay.events.HandoffAcknowledged.newBuilder().setEnvelope(envelope)
                    .setNotificationId(e.notificationId()).setRegionCode(e.regionCode()).setComment(e.comment())
                    .build();
        }
        HandoffEscalated e = (HandoffEscalated) event;
        return kz.civicrelay.events.HandoffEscalated.newBuilder().setEnvelope(envelope)
                .setNotificationId(e.notificationId()).setRegionCode(e.regionCode()).setReason(text(e.reason()))
                .build();
    }

    /** The domain event of a record read back from handoff's own topics. */
    static Optional<HandoffEvent> fromAvro(SpecificRecord record) {
        if (record instanceof kz.civicrelay.events.BatonPassed e) {
            return Optional.of(new BatonPassed(e.getEnvelope().getSeriesId(), e.getHandoffNumber(),
                    e.getFromForumId(), e.getFromRegionCode(), e.getToForumId(), e.getToRegionCode(),
                    e.getToPosition(), HandoffPackageAvro.fromAvro(e.getHandoffPackage())));
        }
        if (record instanceof kz.civicrelay.events.AcknowledgementSlaSet e) {
            return Optional.of(new AcknowledgementSlaSet(e.getEnvelope().getSeriesId(),
                    Duration.ofMillis(e.getSlaMillis())));
        }
        if (record instanceof kz.civicrelay.events.HandoffNotificationIssued e) {
            return Optional.of(new NotificationIssued(e.getEnvelope().getSeriesId(), e.getEnvelope().getForumId(),
                    e.getNotificationId(), e.getRecipientRegionCode(), NotificationKind.valueOf(e.getKind().name()),
                    e.getFromRegionCode(), e.getToRegionCode(), text(e.getMessage()),
                    e.getAcknowledgementRequired()));
        }
        if (record instanceof kz.civicrelay.events.HandoffAcknowledged e) {
            return Optional.of(new HandoffAcknowledged(e.getEnvelope().getSeriesId(), e.getEnvelope().getForumId(),
                    e.getNotificationId(), e.getRegionCode(), e.getComment()));
        }
        if (record instanceof kz.civicrelay.events.HandoffEscalated e) {
            return Optional.of(new HandoffEscalated(e.getEnvelope().getSeriesId(), e.getEnvelope().getForumId(),
                    e.getNotificationId(), e.getRegionCode(), text(e.getReason())));
        }
        return Optional.empty();
    }

    static LocalizedText text(Trilingual text) {
        return new LocalizedText(text.kk(), text.ru(), text.en());
    }

    static Trilingual text(LocalizedText text) {
        return new Trilingual(text.getKk(), text.getRu(), text.getEn());
    }
}
