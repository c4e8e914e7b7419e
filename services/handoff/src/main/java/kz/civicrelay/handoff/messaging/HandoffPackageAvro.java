package kz.civicrelay.handoff.messaging;

import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.AdoptedResolutionSummary;
import kz.civicrelay.events.NextForumSummary;
import kz.civicrelay.handoff.domain.HandoffPackage;
import kz.civicrelay.handoff.domain.HandoffPackage.AdoptedResolution;
import kz.civicrelay.handoff.domain.HandoffPackage.NextForum;

/** The handoff package on BatonPassed, to and from its Avro form. */
final class HandoffPackageAvro {

    private HandoffPackageAvro() {
    }

    static kz.civicrelay.events.@Nullable HandoffPackage toAvro(@Nullable HandoffPackage handoffPackage) {
        if (handoffPackage == null) {
            return null;
        }
        AdoptedResolution resolution = handoffPackage.resolution();
        NextForum next = handoffPackage.nextForum();
        return kz.civicrelay.events.HandoffPackage.newBuilder()
                .setCompletedForumId(handoffPackage.completedForumId())
                .setResolution(resolution == null ? null : AdoptedResolutionSummary.newBuilder()
                        .setResolutionId(resolution.resolutionId()).setContentHash(resolution.contentHash())
                        .setTitle(HandoffAvro.text(resolution.title()))
                        .setRecommendationsByAddressee(new TreeMap<>(resolution.recommendationsByAddressee())).build())
                .setRegisteredCount(handoffPackage.registeredCount())
                .setParticipantsByCategory(new TreeMap<>(handoffPackage.participantsByCategory()))
                .setNextForum(next == null ? null : NextForumSummary.newBuilder().setForumId(next.forumId())
                        .setStartDate(next.startDate()).setEndDate(next.endDate())
                        .setCity(HandoffAvro.text(next.city())).setVenue(HandoffAvro.text(next.venue())).build())
                .build();
    }

    static @Nullable HandoffPackage fromAvro(kz.civicrelay.events.@Nullable HandoffPackage record) {
        if (record == null) {
            return null;
        }
        AdoptedResolutionSummary resolution = record.getResolution();
        NextForumSummary next = record.getNextForum();
        return new HandoffPackage(record.getCompletedForumId(),
                resolution == null ? null : new AdoptedResolution(resolution.getResolutionId(),
                        resolution.getContentHash(), HandoffAvro.text(resolution.getTitle()),
                        Map.copyOf(resolution.getRecommendationsByAddressee())),
                record.getRegisteredCount(), Map.copyOf(record.getParticipantsByCategory()),
                next == null ? null : new NextForum(next.getForumId(), next.getStartDate(), next.getEndDate(),
                        HandoffAvro.text(next.getCity()), HandoffAvro.text(next.getVenue())));
    }
}
