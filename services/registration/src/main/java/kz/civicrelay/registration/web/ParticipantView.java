package kz.civicrelay.registration.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Regions;
import kz.civicrelay.registration.domain.Participant;
import kz.civicrelay.registration.domain.ParticipantCategory;
import kz.civicrelay.registration.domain.Registrant;

/** A registration as the API shows it; {@code status} is REGISTERED or CANCELLED. */
record ParticipantView(String participantId, String forumId, String fullName, String organisation,
        ParticipantCategory category, String regionOfOrigin, TextDto region, List<String> languages,
        @Nullable String email, @Nullable String phone, String status, @Nullable String cancellationReason,
        Instant registeredAt) {

    static ParticipantView of(String forumId, Participant participant) {
        Registrant r = participant.registrant();
        return new ParticipantView(participant.participantId(), forumId, r.fullName(), r.organisation(), r.category(),
                r.regionOfOrigin(), TextDto.of(Regions.byCode(r.regionOfOrigin()).name()), r.languages(),
                r.email(), r.phone(), participant.cancelled() ? "CANCELLED" : "REGISTERED", participant.cancellationReason(),
                participant.registeredAt());
    }
}
