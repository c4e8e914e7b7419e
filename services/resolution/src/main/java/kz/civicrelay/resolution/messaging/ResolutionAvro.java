package kz.civicrelay.resolution.messaging;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.AdoptedRecommendation;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.resolution.domain.AddresseeKind;
import kz.civicrelay.resolution.domain.DocumentKind;
import kz.civicrelay.resolution.domain.FollowUpStatus;
import kz.civicrelay.resolution.domain.PlenaryVote;
import kz.civicrelay.resolution.domain.Recommendation;
import kz.civicrelay.resolution.domain.RecommendationStatus;
import kz.civicrelay.resolution.domain.ResolutionEvent;
import kz.civicrelay.resolution.domain.ResolutionEvent.DraftOpened;
import kz.civicrelay.resolution.domain.ResolutionEvent.KindChosen;
import kz.civicrelay.resolution.domain.ResolutionEvent.ProgressReported;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationAmended;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationProposed;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationVoted;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationWithdrawn;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationsReordered;
import kz.civicrelay.resolution.domain.ResolutionEvent.ResolutionAdopted;

/** Converts resolution's domain events to and from their Avro form at the edge. */
final class ResolutionAvro {

    private ResolutionAvro() {
    }

    static SpecificRecord toAvro(ResolutionEvent event, Envelope envelope) {
        if (event instanceof DraftOpened e) {
            return kz.civicrelay.events.ResolutionDraftOpened.newBuilder().setEnvelope(envelope)
                    .setResolutionId(e.resolutionId()).setTitle(text(e.title())).setDocumentKind(kind(e.kind())).build();
        }
        if (event instanceof KindChosen e) {
            return kz.civicrelay.events.ResolutionKindChosen.newBuilder().setEnvelope(envelope)
                    .setResolutionId(e.resolutionId()).setDocumentKind(kind(e.kind())).setTitle(text(e.title())).build();
        }
        if (event instanceof RecommendationProposed e) {
            return kz.civicrelay.events.RecommendationProposed.newBuilder().setEnvelope(envelope)
                    .setResolutionId(e.resolutionId()).setRecommendationId(e.recommendationId())
                    .setAddresseeKind(addresseeKind(e.addresseeKind())).setAddressee(text(e.addressee()))
                    .setText(text(e.text())).setAddresseeRegion(e.addresseeRegion()).build();
        }
        if (event instanceof RecommendationAmended e) {
            return kz.civicrelay.events.RecommendationAmended.newBuilder().setEnvelope(envelope)
                    .setResolutionId(e.resolutionId()).setRecommendationId(e.recommendationId())
                    .setRevision(e.revision()).setText(text(e.text())).build();
        }
        if (event instanceof RecommendationWithdrawn e) {
            return kz.civicrelay.events.RecommendationWithdrawn.newBuilder().setEnvelope(envelope)
                    .setResolutionId(e.resolutionId()).setRecommendationId(e.recommendationId())
                    .setReason(e.reason()).setMergedInto(e.mergedInto()).build();
        }
        if (event instanceof RecommendationsReordered e) {
            return kz.civicrelay.events.RecommendationsReordered.newBuilder().setEnvelope(envelope)
                    .setResolutionId(e.resolutionId()).setRecommendationIds(e.recommendationIds()).build();
        }
        if (event instanceof RecommendationVoted e) {
            return kz.civicrelay.events.RecommendationVoted.newBuilder().setEnvelope(envelope)
                    .setResolutionId(e.resolutionId()).setRecommendationId(e.recommendationId())
                    .setVote(vote(e.vote())).setCarried(e.carried()).build();
        }
        if (event instanceof ProgressReported e) {
            return kz.civicrelay.events.RecommendationProgressReported.newBuilder().setEnvelope(envelope)
                    .setResolutionId(e.resolutionId()).setRecommendationId(e.recommendationId())
                    .setStatus(kz.civicrelay.events.FollowUpStatus.valueOf(e.status().name()))
                    .setReportedOn(e.reportedOn()).setNote(e.note()).build();
        }
        ResolutionAdopted e = (ResolutionAdopted) event;
        return kz.civicrelay.events.ResolutionAdopted.newBuilder().setEnvelope(envelope)
                .setResolutionId(e.resolutionId()).setTitle(text(e.title()))
                .setRecommendationIds(e.recommendationIds()).setContentHash(e.contentHash())
                .setRecommendationsByAddressee(byName(e.recommendationsByAddressee()))
                .setDocumentKind(kind(e.kind())).setVote(e.vote() == null ? null : vote(e.vote()))
                .setRecommendations(e.adopted().stream().map(ResolutionAvro::adopted).toList()).build();
    }

    /** The domain event of a record read back from resolution's own topic. */
    static Optional<ResolutionEvent> fromAvro(SpecificRecord record) {
        if (record instanceof kz.civicrelay.events.ResolutionDraftOpened e) {
            return Optional.of(new DraftOpened(e.getEnvelope().getSeriesId(), forumId(e.getEnvelope()),
                    e.getResolutionId(), text(e.getTitle()), DocumentKind.of(e.getDocumentKind().name())));
        }
        if (record instanceof kz.civicrelay.events.ResolutionKindChosen e) {
            return Optional.of(new KindChosen(forumId(e.getEnvelope()), e.getResolutionId(),
                    DocumentKind.of(e.getDocumentKind().name()), text(e.getTitle())));
        }
        if (record instanceof kz.civicrelay.events.RecommendationProposed e) {
            return Optional.of(new RecommendationProposed(forumId(e.getEnvelope()), e.getResolutionId(),
                    e.getRecommendationId(), AddresseeKind.of(e.getAddresseeKind().name()), text(e.getAddressee()),
                    text(e.getText()), e.getAddresseeRegion()));
        }
        if (record instanceof kz.civicrelay.events.RecommendationAmended e) {
            return Optional.of(new RecommendationAmended(forumId(e.getEnvelope()), e.getResolutionId(),
                    e.getRecommendationId(), e.getRevision(), text(e.getText())));
        }
        if (record instanceof kz.civicrelay.events.RecommendationWithdrawn e) {
            return Optional.of(new RecommendationWithdrawn(forumId(e.getEnvelope()), e.getResolutionId(),
                    e.getRecommendationId(), e.getReason(), e.getMergedInto()));
        }
        if (record instanceof kz.civicrelay.events.RecommendationsReordered e) {
            return Optional.of(new RecommendationsReordered(forumId(e.getEnvelope()), e.getResolutionId(),
                    e.getRecommendationIds()));
        }
        if (record instanceof kz.civicrelay.events.RecommendationVoted e) {
            return Optional.of(new RecommendationVoted(forumId(e.getEnvelope()), e.getResolutionId(),
                    e.getRecommendationId(), vote(e.getVote()), e.getCarried()));
        }
        if (record instanceof kz.civicrelay.events.RecommendationProgressReported e) {
            return Optional.of(new ProgressReported(forumId(e.getEnvelope()), e.getResolutionId(),
                    e.getRecommendationId(), FollowUpStatus.of(e.getStatus().name()), e.getReportedOn(), e.getNote()));
        }
        if (record instanceof kz.civicrelay.events.ResolutionAdopted e) {
            return Optional.of(new ResolutionAdopted(forumId(e.getEnvelope()), e.getResolutionId(),
                    text(e.getTitle()), e.getRecommendationIds(), e.getContentHash(),
                    byKind(e.getRecommendationsByAddressee()), DocumentKind.of(e.getDocumentKind().name()),
                    e.getVote() == null ? null : vote(e.getVote()),
                    e.getRecommendations().stream().map(ResolutionAvro::adopted).toList()));
        }
        return Optional.empty();
    }

    private static String forumId(Envelope envelope) {
        return envelope.getForumId();
    }

    private static kz.civicrelay.events.DocumentKind kind(DocumentKind kind) {
        return kz.civicrelay.events.DocumentKind.valueOf(kind.name());
    }

    private static kz.civicrelay.events.AddresseeKind addresseeKind(AddresseeKind kind) {
        return kz.civicrelay.events.AddresseeKind.valueOf(kind.name());
    }

    private static kz.civicrelay.events.PlenaryVote vote(PlenaryVote vote) {
        return new kz.civicrelay.events.PlenaryVote(vote.present(), vote.inFavour(), vote.against(), vote.abstained());
    }

    private static PlenaryVote vote(kz.civicrelay.events.PlenaryVote vote) {
        return new PlenaryVote(vote.getPresent(), vote.getInFavour(), vote.getAgainst(), vote.getAbstained());
    }

    private static AdoptedRecommendation adopted(Recommendation r) {
        return new AdoptedRecommendation(r.recommendationId(), addresseeKind(r.addresseeKind()), text(r.addressee()),
                text(r.text()), r.revision(), r.addresseeRegion());
    }

    private static Recommendation adopted(AdoptedRecommendation r) {
        return new Recommendation(r.getRecommendationId(), AddresseeKind.of(r.getAddresseeKind().name()),
                text(r.getAddressee()), text(r.getText()), r.getRevision(), RecommendationStatus.ACTIVE,
                r.getAddresseeRegion(), null);
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
