package kz.civicrelay.resolution.messaging;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.resolution.domain.AddresseeKind;
import kz.civicrelay.resolution.domain.ResolutionEvent;
import kz.civicrelay.resolution.domain.ResolutionEvent.DraftOpened;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationAmended;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationProposed;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationWithdrawn;
import kz.civicrelay.resolution.domain.ResolutionEvent.ResolutionAdopted;

/** Converts resolution's domain events to and from their Avro form at the edge. */
final class ResolutionAvro {

    private ResolutionAvro() {
    }

    static SpecificRecord toAvro(ResolutionEvent event, Envelope envelope) {
        if (event instanceof DraftOpened e) {
            return kz.civicrelay.events.ResolutionDraftOpened.newBuilder().setEnvelope(envelope)
                    .setResolutionId(e.resolutionId()).setTitle(text(e.title())).build();
        }
        if (event instanceof RecommendationProposed e) {
            return kz.civicrelay.events.RecommendationProposed.newBuilder().setEnvelope(envelope)
                    .setResolutionId(e.resolutionId()).setRecommendationId(e.recommendationId())
                    .setAddresseeKind(kz.civicrelay.events.AddresseeKind.valueOf(e.addresseeKind().name()))
                    .setAddressee(text(e.addressee())).setText(text(e.text())).build();
        }
        if (event instanceof RecommendationAmended e) {
            return kz.civicrelay.events.RecommendationAmended.newBuilder().setEnvelope(envelope)
                    .setResolutionId(e.resolutionId()).setRecommendationId(e.recommendationId())
                    .setRevision(e.revision()).setText(text(e.text())).build();
        }
        if (event instanceof RecommendationWithdrawn e) {
            return kz.civicrelay.events.RecommendationWithdrawn.newBuilder().setEnvelope(envelope)
                    .setResolutionId(e.resolutionId()).setRecommendationId(e.recommendationId())
                    .setReason(e.reason()).build();
        }
        ResolutionAdopted e = (ResolutionAdopted) event;
        return kz.civicrelay.events.ResolutionAdopted.newBuilder().setEnvelope(envelope)
                .setResolutionId(e.resolutionId()).setTitle(text(e.title()))
                .setRecommendationIds(e.recommendationIds()).setContentHash(e.contentHash())
                .setRecommendationsByAddressee(byName(e.recommendationsByAddressee())).build();
    }

    /** The domain event of a record read back from resolution's own topic. */
    static Optional<ResolutionEvent> fromAvro(SpecificRecord record) {
        if (record instanceof kz.civicrelay.events.ResolutionDraftOpened e) {
            return Optional.of(new DraftOpened(e.getEnvelope().getSeriesId(), e.getEnvelope().getForumId(),
                    e.getResolutionId(), text(e.getTitle())));
        }
        if (record instanceof kz.civicrelay.events.RecommendationProposed e) {
            return Optional.of(new RecommendationProposed(e.getEnvelope().getForumId(), e.getResolutionId(),
                    e.getRecommendationId(), AddresseeKind.of(e.getAddresseeKind().name()), text(e.getAddressee()),
                    text(e.getText())));
        }
        if (record instanceof kz.civicrelay.events.RecommendationAmended e) {
            return Optional.of(new RecommendationAmended(e.getEnvelope().getForumId(), e.getResolutionId(),
                    e.getRecommendationId(), e.getRevision(), text(e.getText())));
        }
        if (record instanceof kz.civicrelay.events.RecommendationWithdrawn e) {
            return Optional.of(new RecommendationWithdrawn(e.getEnvelope().getForumId(), e.getResolutionId(),
                    e.getRecommendationId(), e.getReason()));
        }
        if (record instanceof kz.civicrelay.events.ResolutionAdopted e) {
            return Optional.of(new ResolutionAdopted(e.getEnvelope().getForumId(), e.getResolutionId(),
                    text(e.getTitle()), e.getRecommendationIds(), e.getContentHash(),
                    byKind(e.getRecommendationsByAddressee())));
        }
        return Optional.empty();
    }

    private static Map<String, Integer> byName(Map<AddresseeKind, Integer> counts) {
        Map<String, Integer> named = new TreeMap<>();
        counts.forEach((kind, count) -> named.put(kind.name(), count));
        return named;
    }

    private static Map<AddresseeKind, Integer> byKind(Map<String, Integer> counts) {
        Map<AddresseeKind, Integer> kinds = new EnumMap<>(AddresseeKind.class);
        counts.forEach((name, count) -> kinds.put(AddresseeKind.of(name), count));
        return kinds;
    }

    static LocalizedText text(Trilingual text) {
        return new LocalizedText(text.kk(), text.ru(), text.en());
    }

    static Trilingual text(LocalizedText text) {
        return new Trilingual(text.getKk(), text.getRu(), text.getEn());
    }
}
