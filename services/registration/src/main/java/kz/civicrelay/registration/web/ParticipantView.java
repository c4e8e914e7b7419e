package kz.civicrelay.registration.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Regions;
import kz.civicrelay.platform.checkin.CheckInCodes;
import kz.civicrelay.registration.domain.Delegation;
import kz.civicrelay.registration.domain.ForumRegistration;
import kz.civicrelay.registration.domain.Participant;
import kz.civicrelay.registration.domain.ParticipantCategory;
import kz.civicrelay.registration.domain.Registrant;
import kz.civicrelay.registration.domain.Standing;

/**
 * A registration as the API shows it: {@code status} is a {@link Standing} (REGISTERED, WAITLISTED, CANCELLED,
 * LEFT_WAITLIST, DECLINED), {@code waitlistPosition} 1 for the first waiting, {@code delegationId} and
 * {@code delegationHead} for a member of a region's delegation, {@code promotedAt} once promoted from the waitlist,
 * {@code sessions} the programme's sessions chosen, {@code checkInCode} (what the registration's QR code carries: {@code GET .../participants/{id}/qr.png}) while it
 * holds a seat and check-in is enabled, {@code checkedInAt} once checked in at the door. Only those who may see the
 * registration see its view, so the code reaches only them.
 */
record ParticipantView(String participantId, String forumId, String fullName, String organisation,
        ParticipantCategory category, String regionOfOrigin, TextDto region, List<String> languages,
        @Nullable String email, @Nullable String phone, Standing status, @Nullable Integer waitlistPosition,
        @Nullable String delegationId, boolean delegationHead, @Nullable String cancellationReason,
        Instant registeredAt, @Nullable Instant promotedAt, @Nullable String checkInCode,
        @Nullable Instant checkedInAt, List<String> sessions) {

    static ParticipantView of(ForumRegistration forum, Participant participant, CheckInCodes codes) {
        return of(forum, participant, forum.waitlistPosition(participant.participantId()), codes);
    }

    /** Views of many registrations, the waitlist's positions counted once. */
    static List<ParticipantView> of(ForumRegistration forum, List<Participant> participants, CheckInCodes codes) {
        java.util.Map<String, Integer> positions = new java.util.HashMap<>();
        List<String> waitlist = forum.waitlist();
        for (int i = 0; i < waitlist.size(); i++) {
            positions.put(waitlist.get(i), i + 1);
        }
        return participants.stream().map(p -> of(forum, p, positions.getOrDefault(p.participantId(), 0), codes))
                .toList();
    }

    private static ParticipantView of(ForumRegistration forum, Participant participant, int position,
            CheckInCodes codes) {
        Registrant r = participant.registrant();
        Delegation delegation = participant.delegation();
        return new ParticipantView(participant.participantId(), forum.forumId(), r.fullName(), r.organisation(),
                r.category(), r.regionOfOrigin(), TextDto.of(Regions.byCode(r.regionOfOrigin()).name()), r.languages(),
                r.email(), r.phone(), participant.standing(), position == 0 ? null : position,
                delegation == null ? null : delegation.delegationId(), delegation != null && delegation.head(),
                participant.cancellationReason(), participant.registeredAt(), participant.promotedAt(),
                participant.holdsSeat() ? codes.codeFor(forum.forumId(), participant.participantId()).orElse(null)
                        : null,
                participant.checkedInAt(), forum.sessionsOf(participant.participantId()));
    }
}
