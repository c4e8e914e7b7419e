package kz.civicrelay.delivery.messaging;

import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.delivery.domain.Deliveries;
import kz.civicrelay.delivery.domain.DeliveryEvent;
import kz.civicrelay.delivery.domain.Language;
import kz.civicrelay.delivery.domain.Message;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.HandoffEscalated;
import kz.civicrelay.events.HandoffNotificationIssued;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.events.ParticipantWaitlisted;
import kz.civicrelay.events.RegistrationCancelled;
import kz.civicrelay.events.RegistrationOpened;
import kz.civicrelay.events.WaitlistLeft;
import kz.civicrelay.events.WaitlistPromoted;
import kz.civicrelay.platform.core.Fact;
import kz.civicrelay.platform.core.Upstream;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * What handoff's events mean to delivery: a notification is a message to its region's subscriptions, a baton
 * brings the package of its forum's notifications, an escalation is an alert to the operators. All are only
 * learned: the dispatcher finds the work in the state. Live (never on a rebuild) a new message wakes the
 * dispatcher at once. {@code HandoffAcknowledged} changes nothing: an acknowledged notification was delivered.
 * From registration, what it takes to write to a person: the confirmation of their seat, and the news of a promotion
 * from the waitlist (decision 0029).
 */
public final class DeliveryUpstream implements Upstream<Deliveries, DeliveryEvent> {

    private final NewMessages newMessage;

    /** {@code newMessage} is told (live only) after a message is learned; it must not block. */
    public DeliveryUpstream(NewMessages newMessage) {
        this.newMessage = newMessage;
    }

    @Override
    public List<RelayTopic> topics() {
        return List.of(RelayTopic.NOTIFICATIONS, RelayTopic.HANDOFF, RelayTopic.REGISTRATION);
    }

    /** Registration's topic is only learned (by the log follower): no transaction per registration. */
    @Override
    public List<RelayTopic> reactsTo() {
        return List.of(RelayTopic.NOTIFICATIONS, RelayTopic.HANDOFF);
    }

    @Override
    public Optional<Fact<Deliveries, DeliveryEvent>> factOf(SpecificRecord record) {
        if (record instanceof HandoffNotificationIssued e) {
            Envelope envelope = e.getEnvelope();
            Message message = new Message(e.getNotificationId(), envelope.getSeriesId(), envelope.getForumId(),
                    e.getRecipientRegionCode(), e.getKind().name(), DeliveryAvro.text(e.getMessage()),
                    e.getFromRegionCode(), e.getToRegionCode(), e.getAcknowledgementRequired(),
                    envelope.getOccurredAt(), null);
            return Optional.of(new Fact<>(state -> state.learnNotification(message), state -> wake(message.messageId())));
        }
        if (record instanceof BatonPassed e) {
            var handoffPackage = DeliveryAvro.handoffPackage(e.getHandoffPackage());
            return Optional.of(new Fact<>(state -> state.learnBaton(e.getToForumId(), handoffPackage), this::wake));
        }
        if (record instanceof HandoffEscalated e) {
            Envelope envelope = e.getEnvelope();
            return Optional.of(new Fact<>(state -> state.learnEscalation(e.getNotificationId(),
                    envelope.getSeriesId(), envelope.getForumId(), e.getRegionCode(), DeliveryAvro.text(e.getReason()),
                    envelope.getOccurredAt()), this::wake));
        }
        return registration(record);
    }

    /**
     * Registration's events: who holds a seat or waits with an e-mail address (a seat is confirmed at once), who of
     * them was promoted (told at once), who left or cancelled (told nothing more).
     */
    private Optional<Fact<Deliveries, DeliveryEvent>> registration(SpecificRecord record) {
        if (record instanceof RegistrationOpened e) {
            return Optional.of(Fact.learn(state -> state.learnForumOpened(e.getEnvelope().getForumId(),
                    e.getRegionCode())));
        }
        if (record instanceof ParticipantWaitlisted e && e.getEmail() != null) {
            List<Language> languages = e.getLanguages().stream().map(Language::ofCode).toList();
            String email = e.getEmail();
            return Optional.of(Fact.learn(state -> state.learnWaitlisted(e.getParticipantId(), email, languages)));
        }
        if (record instanceof ParticipantRegistered e && e.getEmail() != null) {
            Envelope envelope = e.getEnvelope();
            List<Language> languages = e.getLanguages().stream().map(Language::ofCode).toList();
            String email = e.getEmail();
            return Optional.of(Fact.learn(state -> {
                state.learnRegistered(envelope.getEventId().toString(), envelope.getSeriesId(), envelope.getForumId(),
                        e.getParticipantId(), email, languages, envelope.getOccurredAt());
                newMessage.learned(null);
            }));
        }
        if (record instanceof WaitlistLeft e) {
            return Optional.of(Fact.learn(state -> state.learnLeft(e.getParticipantId())));
        }
        if (record instanceof RegistrationCancelled e) {
            return Optional.of(Fact.learn(state -> state.learnLeft(e.getParticipantId())));
        }
        if (record instanceof WaitlistPromoted e) {
            Envelope envelope = e.getEnvelope();
            return Optional.of(Fact.learn(state -> {
                state.learnPromotion(envelope.getEventId().toString(), envelope.getSeriesId(), envelope.getForumId(),
                        e.getParticipantId(), envelope.getOccurredAt());
                newMessage.learned(null); // learned by the follower, live and on a rebuild alike: the dispatcher looks if active
            }));
        }
        return Optional.empty();
    }

    private List<DeliveryEvent> wake(Deliveries state) {
        newMessage.learned(null);
        return List.of();
    }

    /** A notification learned in its reaction: the dispatcher may send it in the trace it came in. */
    private List<DeliveryEvent> wake(String messageId) {
        newMessage.learned(messageId);
        return List.of();
    }
}
