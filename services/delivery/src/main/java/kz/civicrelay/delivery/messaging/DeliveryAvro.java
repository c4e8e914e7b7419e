package kz.civicrelay.delivery.messaging;

import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.delivery.domain.DeliveryChannel;
import kz.civicrelay.delivery.domain.DeliveryEvent;
import kz.civicrelay.delivery.domain.DeliveryEvent.Delivered;
import kz.civicrelay.delivery.domain.DeliveryEvent.DeliveryFailed;
import kz.civicrelay.delivery.domain.DeliveryEvent.SubscriptionAdded;
import kz.civicrelay.delivery.domain.DeliveryEvent.SubscriptionRemoved;
import kz.civicrelay.delivery.domain.HandoffPackage;
import kz.civicrelay.delivery.domain.Language;
import kz.civicrelay.delivery.domain.Subscription;
import kz.civicrelay.events.DeliverySubscriptionAdded;
import kz.civicrelay.events.DeliverySubscriptionRemoved;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.NotificationDelivered;
import kz.civicrelay.events.NotificationDeliveryFailed;
import kz.civicrelay.reference.Trilingual;

/** Converts delivery's domain events, and handoff's package, to and from their Avro form at the edge. */
final class DeliveryAvro {

    private DeliveryAvro() {
    }

    static SpecificRecord toAvro(DeliveryEvent event, Envelope envelope) {
        if (event instanceof SubscriptionAdded e) {
            Subscription s = e.subscription();
            return DeliverySubscriptionAdded.newBuilder().setEnvelope(envelope).setSubscriptionId(s.subscriptionId())
                    .setOwner(s.owner()).setChannel(wire(s.channel())).setAddress(s.address())
                    .setLanguages(s.languages().stream().map(Language::code).toList())
                    .setSecretVersion(s.secretVersion()).build();
        }
        if (event instanceof SubscriptionRemoved e) {
            return DeliverySubscriptionRemoved.newBuilder().setEnvelope(envelope)
                    .setSubscriptionId(e.subscriptionId()).setOwner(e.owner()).build();
        }
        if (event instanceof Delivered e) {
            return NotificationDelivered.newBuilder().setEnvelope(envelope).setNotificationId(e.messageId())
                    .setSubscriptionId(e.subscriptionId()).setChannel(wire(e.channel())).setAttempt(e.attempt())
                    .setDetail(e.detail()).build();
        }
        DeliveryFailed e = (DeliveryFailed) event;
        return NotificationDeliveryFailed.newBuilder().setEnvelope(envelope).setNotificationId(e.messageId())
                .setSubscriptionId(e.subscriptionId()).setChannel(wire(e.channel())).setAttempt(e.attempt())
                .setReason(e.reason()).setNextAttemptAt(e.nextAttemptAt()).build();
    }

    static Optional<DeliveryEvent> fromAvro(SpecificRecord record) {
        if (record instanceof DeliverySubscriptionAdded e) {
            return Optional.of(new SubscriptionAdded(new Subscription(e.getSubscriptionId(), e.getOwner(),
                    channel(e.getChannel()), e.getAddress(), e.getLanguages().stream().map(Language::ofCode).toList(),
                    e.getSecretVersion())));
        }
        if (record instanceof DeliverySubscriptionRemoved e) {
            return Optional.of(new SubscriptionRemoved(e.getSubscriptionId(), e.getOwner()));
        }
        if (record instanceof NotificationDelivered e) {
            return Optional.of(new Delivered(e.getEnvelope().getSeriesId(), e.getEnvelope().getForumId(),
                    e.getNotificationId(), e.getSubscriptionId(), channel(e.getChannel()), e.getAttempt(), e.getDetail()));
        }
        if (record instanceof NotificationDeliveryFailed e) {
            return Optional.of(new DeliveryFailed(e.getEnvelope().getSeriesId(), e.getEnvelope().getForumId(),
                    e.getNotificationId(), e.getSubscriptionId(), channel(e.getChannel()), e.getAttempt(), e.getReason(),
                    e.getNextAttemptAt()));
        }
        return Optional.empty();
    }

    private static kz.civicrelay.events.DeliveryChannel wire(DeliveryChannel channel) {
        return kz.civicrelay.events.DeliveryChannel.valueOf(channel.name());
    }

    /** The channel of a record; one this service does not know ({@code OTHER}) is bad data, dead-lettered. */
    private static DeliveryChannel channel(kz.civicrelay.events.DeliveryChannel channel) {
        if (channel == kz.civicrelay.events.DeliveryChannel.OTHER) {
            throw new IllegalArgumentException("Unknown delivery channel " + channel);
        }
        return DeliveryChannel.valueOf(channel.name());
    }

    static @Nullable HandoffPackage handoffPackage(kz.civicrelay.events.@Nullable HandoffPackage p) {
        if (p == null) {
            return null;
        }
        var r = p.getResolution();
        var n = p.getNextForum();
        return new HandoffPackage(p.getCompletedForumId(),
                r == null ? null : new HandoffPackage.AdoptedResolution(r.getResolutionId(), r.getContentHash(),
                        text(r.getTitle()), r.getRecommendationsByAddressee()),
                p.getRegisteredCount(), p.getParticipantsByCategory(),
                n == null ? null : new HandoffPackage.NextForum(n.getForumId(), n.getStartDate(), n.getEndDate(),
                        text(n.getCity()), text(n.getVenue())),
                p.getOpenRecommendations().stream().map(o -> new HandoffPackage.OpenRecommendation(o.getForumId(),
                        o.getRecommendationId(), o.getAddresseeKind().name(), text(o.getAddressee()), text(o.getText()),
                        o.getStatus().name())).toList(),
                p.getOpenRecommendationsLeftOut());
    }

    static Trilingual text(LocalizedText text) {
        return new Trilingual(text.getKk(), text.getRu(), text.getEn());
    }
}
