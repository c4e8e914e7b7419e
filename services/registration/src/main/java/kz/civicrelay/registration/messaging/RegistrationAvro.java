package kz.civicrelay.registration.messaging;

import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.registration.domain.Delegation;
import kz.civicrelay.registration.domain.ParticipantCategory;
import kz.civicrelay.registration.domain.Registrant;
import kz.civicrelay.registration.domain.RegistrationEvent;
import kz.civicrelay.registration.domain.RegistrationEvent.AttendanceMarked;
import kz.civicrelay.registration.domain.RegistrationEvent.ParticipantRegistered;
import kz.civicrelay.registration.domain.RegistrationEvent.ParticipantWaitlisted;
import kz.civicrelay.registration.domain.RegistrationEvent.PromotionDeclined;
import kz.civicrelay.registration.domain.RegistrationEvent.RegistrationCancelled;
import kz.civicrelay.registration.domain.RegistrationEvent.RegistrationClosed;
import kz.civicrelay.registration.domain.RegistrationEvent.RegistrationOpened;
import kz.civicrelay.registration.domain.RegistrationEvent.WaitlistLeft;
import kz.civicrelay.registration.domain.RegistrationEvent.WaitlistPromoted;

/** Converts registration's domain events to and from their Avro form at the edge. */
final class RegistrationAvro {

    private RegistrationAvro() {
    }

    static SpecificRecord toAvro(RegistrationEvent event, Envelope envelope) {
        if (event instanceof RegistrationOpened e) {
            return kz.civicrelay.events.RegistrationOpened.newBuilder().setEnvelope(envelope)
                    .setCapacity(e.capacity()).setRegionCode(e.regionCode()).build();
        }
        if (event instanceof RegistrationClosed e) {
            return kz.civicrelay.events.RegistrationClosed.newBuilder().setEnvelope(envelope)
                    .setRegisteredCount(e.registeredCount()).build();
        }
        if (event instanceof ParticipantRegistered e) {
            Registrant r = e.registrant();
            Delegation delegation = e.delegation();
            return kz.civicrelay.events.ParticipantRegistered.newBuilder().setEnvelope(envelope)
                    .setParticipantId(e.participantId()).setFullName(r.fullName())
                    .setOrganisation(r.organisation())
                    .setCategory(kz.civicrelay.events.ParticipantCategory.valueOf(r.category().name()))
                    .setRegionOfOrigin(r.regionOfOrigin()).setLanguages(r.languages()).setEmail(r.email())
                    .setPhone(r.phone()).setDelegationId(delegation == null ? null : delegation.delegationId())
                    .setDelegationHead(delegation != null && delegation.head()).build();
        }
        if (event instanceof ParticipantWaitlisted e) {
            Registrant r = e.registrant();
            return kz.civicrelay.events.ParticipantWaitlisted.newBuilder().setEnvelope(envelope)
                    .setParticipantId(e.participantId()).setFullName(r.fullName())
                    .setOrganisation(r.organisation())
                    .setCategory(kz.civicrelay.events.ParticipantCategory.valueOf(r.category().name()))
                    .setRegionOfOrigin(r.regionOfOrigin()).setLanguages(r.languages()).setEmail(r.email())
                    .setPhone(r.phone()).build();
        }
        if (event instanceof WaitlistPromoted e) {
            return kz.civicrelay.events.WaitlistPromoted.newBuilder().setEnvelope(envelope)
                    .setParticipantId(e.participantId()).build();
        }
        if (event instanceof WaitlistLeft e) {
            return kz.civicrelay.events.WaitlistLeft.newBuilder().setEnvelope(envelope)
                    .setParticipantId(e.participantId()).setReason(e.reason()).build();
        }
        if (event instanceof PromotionDeclined e) {
            return kz.civicrelay.events.PromotionDeclined.newBuilder().setEnvelope(envelope)
                    .setParticipantId(e.participantId()).setReason(e.reason()).build();
        }
        if (event instanceof AttendanceMarked e) {
            return kz.civicrelay.events.AttendanceMarked.newBuilder().setEnvelope(envelope)
                    .setParticipantId(e.participantId()).build();
        }
        if (event instanceof RegistrationEvent.SessionsChosen e) {
            return kz.civicrelay.events.SessionsChosen.newBuilder().setEnvelope(envelope)
                    .setParticipantId(e.participantId()).setSessionIds(e.sessionIds()).build();
        }
        RegistrationCancelled e = (RegistrationCancelled) event;
        return kz.civicrelay.events.RegistrationCancelled.newBuilder().setEnvelope(envelope)
                .setParticipantId(e.participantId()).setReason(e.reason()).build();
    }

    /** The domain event of a record read back from registration's own topic. */
    static Optional<RegistrationEvent> fromAvro(SpecificRecord record) {
        if (record instanceof kz.civicrelay.events.RegistrationOpened e) {
            return Optional.of(new RegistrationOpened(forumId(e.getEnvelope()), e.getCapacity(), e.getRegionCode()));
        }
        if (record instanceof kz.civicrelay.events.RegistrationClosed e) {
            return Optional.of(new RegistrationClosed(forumId(e.getEnvelope()), e.getRegisteredCount()));
        }
        if (record instanceof kz.civicrelay.events.ParticipantRegistered e) {
            String delegationId = e.getDelegationId();
            return Optional.of(new ParticipantRegistered(forumId(e.getEnvelope()), e.getParticipantId(),
                    new Registrant(e.getFullName(), e.getOrganisation(),
                            ParticipantCategory.valueOf(e.getCategory().name()), e.getRegionOfOrigin(),
                            spoken(e.getLanguages()), e.getEmail(), e.getPhone()), ownAccount(e.getEnvelope()),
                    delegationId == null ? null
                            : new Delegation(delegationId, e.getRegionOfOrigin(), e.getDelegationHead())));
        }
        if (record instanceof kz.civicrelay.events.ParticipantWaitlisted e) {
            return Optional.of(new ParticipantWaitlisted(forumId(e.getEnvelope()), e.getParticipantId(),
                    new Registrant(e.getFullName(), e.getOrganisation(),
                            ParticipantCategory.valueOf(e.getCategory().name()), e.getRegionOfOrigin(),
                            e.getLanguages(), e.getEmail(), e.getPhone()), ownAccount(e.getEnvelope())));
        }
        if (record instanceof kz.civicrelay.events.WaitlistPromoted e) {
            return Optional.of(new WaitlistPromoted(forumId(e.getEnvelope()), e.getParticipantId()));
        }
        if (record instanceof kz.civicrelay.events.WaitlistLeft e) {
            return Optional.of(new WaitlistLeft(forumId(e.getEnvelope()), e.getParticipantId(), e.getReason()));
        }
        if (record instanceof kz.civicrelay.events.PromotionDeclined e) {
            return Optional.of(new PromotionDeclined(forumId(e.getEnvelope()), e.getParticipantId(), e.getReason()));
        }
        if (record instanceof kz.civicrelay.events.SessionsChosen e) {
            return Optional.of(new RegistrationEvent.SessionsChosen(forumId(e.getEnvelope()), e.getParticipantId(),
                    e.getSessionIds()));
        }
        if (record instanceof kz.civicrelay.events.RegistrationCancelled e) {
            return Optional.of(new RegistrationCancelled(forumId(e.getEnvelope()), e.getParticipantId(),
                    e.getReason()));
        }
        if (record instanceof kz.civicrelay.events.AttendanceMarked e) {
            return Optional.of(new AttendanceMarked(forumId(e.getEnvelope()), e.getParticipantId()));
        }
        return Optional.empty();
    }

    /** The registering person's account when they registered themself: the envelope's actor is then a participant. */
    private static @Nullable String ownAccount(Envelope envelope) {
        return envelope.getActor().getKind() == ActorKind.PARTICIPANT ? envelope.getActor().getId() : null;
    }

    private static String forumId(Envelope envelope) {
        return envelope.getForumId();
    }

    /**
     * The languages a registration names; one written before registrations named any (the schema's first version,
     * read with an empty list) is taken as speaking all three working languages, so the log's older registrations
     * still fold.
     */
    private static java.util.List<String> spoken(java.util.List<String> languages) {
        return languages.isEmpty() ? java.util.List.copyOf(kz.civicrelay.registration.domain.Registrant.LANGUAGES.stream()
                .sorted().toList()) : languages;
    }
}
