package kz.civicrelay.handoff.messaging;

import java.util.Map;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.ForumPostponed;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.AdoptedRecommendation;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.events.RecommendationProgressReported;
import kz.civicrelay.events.RegistrationCancelled;
import kz.civicrelay.events.RegistrationClosed;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.handoff.domain.FollowUpStatus;
import kz.civicrelay.handoff.domain.PackageFact;

/**
 * What handoff keeps for the handoff package from resolution's, registration's and scheduling's records. Of a
 * registration only its id and category are kept: never the participant's name, organisation or languages. Of a
 * follow-up report only the status: its note stays with resolution.
 */
final class PackageFacts {

    private PackageFacts() {
    }

    static Optional<PackageFact> of(SpecificRecord record) {
        if (record instanceof ResolutionAdopted e) {
            return Optional.of(new PackageFact.ResolutionAdopted(e.getEnvelope().getForumId(), e.getResolutionId(),
                    e.getContentHash(), HandoffAvro.text(e.getTitle()), Map.copyOf(e.getRecommendationsByAddressee()),
                    e.getRecommendations().stream().map(PackageFacts::adopted).toList()));
        }
        if (record instanceof RecommendationProgressReported e) {
            return Optional.of(new PackageFact.RecommendationProgressReported(e.getEnvelope().getForumId(),
                    e.getRecommendationId(), FollowUpStatus.valueOf(e.getStatus().name())));
        }
        if (record instanceof RegistrationClosed e) {
            return Optional.of(new PackageFact.RegistrationClosed(e.getEnvelope().getForumId(), e.getRegisteredCount()));
        }
        if (record instanceof ParticipantRegistered e) {
            return Optional.of(new PackageFact.ParticipantRegistered(e.getEnvelope().getForumId(), e.getParticipantId(),
                    e.getCategory().name()));
        }
        if (record instanceof RegistrationCancelled e) {
            return Optional.of(new PackageFact.RegistrationCancelled(e.getEnvelope().getForumId(),
                    e.getParticipantId()));
        }
        if (record instanceof ForumScheduled e) {
            return Optional.of(new PackageFact.ForumScheduled(e.getEnvelope().getForumId(), e.getStartDate(),
                    e.getEndDate(), HandoffAvro.text(e.getCity()), HandoffAvro.text(e.getVenue())));
        }
        if (record instanceof ForumPostponed e) {
            return Optional.of(new PackageFact.ForumPostponed(e.getEnvelope().getForumId(), e.getStartDate(),
                    e.getEndDate()));
        }
        return Optional.empty();
    }

    private static PackageFact.AdoptedRecommendation adopted(AdoptedRecommendation r) {
        return new PackageFact.AdoptedRecommendation(r.getRecommendationId(), r.getAddresseeKind().name(),
                HandoffAvro.text(r.getAddressee()), HandoffAvro.text(r.getText()));
    }
}
