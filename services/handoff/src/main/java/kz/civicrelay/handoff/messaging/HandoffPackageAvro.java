package kz.civicrelay.handoff.messaging;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.AdoptedResolutionSummary;
import kz.civicrelay.events.NextForumSummary;
import kz.civicrelay.handoff.domain.FollowUpStatus;
import kz.civicrelay.handoff.domain.HandoffPackage;
import kz.civicrelay.handoff.domain.HandoffPackage.AdoptedResolution;
import kz.civicrelay.handoff.domain.HandoffPackage.NextForum;
import kz.civicrelay.handoff.domain.HandoffPackage.OpenRecommendation;

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
                .setOpenRecommendations(handoffPackage.openRecommendations().stream().map(HandoffPackageAvro::toAvro)
                        .toList())
                .setOpenRecommendationsLeftOut(handoffPackage.openRecommendationsLeftOut())
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
                        HandoffAvro.text(next.getCity()), HandoffAvro.text(next.getVenue())),
                openRecommendations(record.getOpenRecommendations()), record.getOpenRecommendationsLeftOut());
    }

    private static kz.civicrelay.events.OpenRecommendation toAvro(OpenRecommendation r) {
        return kz.civicrelay.events.OpenRecommendation.newBuilder().setForumId(r.forumId())
                .setRecommendationId(r.recommendationId()).setAddresseeKind(AddresseeKind.valueOf(r.addresseeKind()))
                .setAddressee(HandoffAvro.text(r.addressee())).setText(HandoffAvro.text(r.text()))
                .setStatus(kz.civicrelay.events.FollowUpStatus.valueOf(r.status().name())).build();
    }

    private static List<OpenRecommendation> openRecommendations(List<kz.civicrelay.events.OpenRecommendation> records) {
        return records.stream().map(r -> new OpenRecommendation(r.getForumId(), r.getRecommendationId(),
                r.getAddresseeKind().name(), HandoffAvro.text(r.getAddressee()), HandoffAvro.text(r.getText()),
                FollowUpStatus.valueOf(r.getStatus().name()))).toList();
    }
}
