package kz.civicrelay.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.AdoptedRecommendation;
import kz.civicrelay.events.DocumentKind;
import kz.civicrelay.events.FollowUpStatus;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.PlenaryVote;
import kz.civicrelay.events.RecommendationAmended;
import kz.civicrelay.events.RecommendationProgressReported;
import kz.civicrelay.events.RecommendationProposed;
import kz.civicrelay.events.RecommendationVoted;
import kz.civicrelay.events.RecommendationWithdrawn;
import kz.civicrelay.events.RecommendationsReordered;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.events.ResolutionDraftOpened;
import kz.civicrelay.events.ResolutionKindChosen;
import kz.civicrelay.platform.envelope.EnvelopeFactory;

/**
 * Issue 13's events of a {@link SampleEvents} series' forums, as the resolution service writes them: drafting by an
 * editor, the plenary's votes and the adoption by an operator, follow-up by the addressee region's team (own sample
 * data).
 */
public final class ResolutionSamples {

    public static final Actor EDITOR = new Actor(ActorKind.EDITOR, "editor-aliya", "Әлия Нұрланқызы", "KZ-33");
    public static final Actor OPERATOR = new Actor(ActorKind.OPERATOR, "operator-dana", "Дана Әбішева", null);
    public static final Actor TEAM = new Actor(ActorKind.REGIONAL_TEAM, "team-kz-33", "Жетісу тобы", "KZ-33");
    public static final LocalizedText AKIMAT = new LocalizedText("Жетісу облысының әкімдігі",
            "Акимат области Жетісу", "Akimat of Jetisu Region");

    private final EnvelopeFactory resolution = new EnvelopeFactory("resolution", Clock.systemUTC());
    private final SampleEvents forums;
    private final String series;

    public ResolutionSamples(String series) {
        this.series = series;
        this.forums = new SampleEvents(series);
    }

    public String forum(int position) {
        return forums.forum(position);
    }

    public String resolutionId(int position) {
        return "res-" + forum(position);
    }

    public ResolutionDraftOpened draftOpened(int position) {
        return ResolutionDraftOpened.newBuilder().setEnvelope(by(position, OPERATOR))
                .setResolutionId(resolutionId(position)).setTitle(title(DocumentKind.RESOLUTION))
                .setDocumentKind(DocumentKind.RESOLUTION).build();
    }

    public ResolutionKindChosen appealChosen(int position) {
        return ResolutionKindChosen.newBuilder().setEnvelope(by(position, EDITOR))
                .setResolutionId(resolutionId(position)).setDocumentKind(DocumentKind.APPEAL)
                .setTitle(title(DocumentKind.APPEAL)).build();
    }

    public RecommendationProposed proposed(int position, String recommendationId, AddresseeKind kind,
            LocalizedText addressee, LocalizedText text) {
        return RecommendationProposed.newBuilder().setEnvelope(by(position, EDITOR))
                .setResolutionId(resolutionId(position)).setRecommendationId(recommendationId).setAddresseeKind(kind)
                .setAddressee(addressee).setText(text)
                .setAddresseeRegion(kind == AddresseeKind.REGIONAL_AKIMAT ? "KZ-33" : null).build();
    }

    public RecommendationAmended amended(int position, String recommendationId, int revision, LocalizedText text,
            Actor by) {
        return RecommendationAmended.newBuilder().setEnvelope(by(position, by)).setResolutionId(resolutionId(position))
                .setRecommendationId(recommendationId).setRevision(revision).setText(text).build();
    }

    public RecommendationWithdrawn withdrawn(int position, String recommendationId, @Nullable String mergedInto) {
        return RecommendationWithdrawn.newBuilder().setEnvelope(by(position, EDITOR))
                .setResolutionId(resolutionId(position)).setRecommendationId(recommendationId)
                .setReason(mergedInto == null ? "Қайталанады" : "Merged into " + mergedInto).setMergedInto(mergedInto)
                .build();
    }

    public RecommendationsReordered reordered(int position, List<String> recommendationIds) {
        return RecommendationsReordered.newBuilder().setEnvelope(by(position, EDITOR))
                .setResolutionId(resolutionId(position)).setRecommendationIds(recommendationIds).build();
    }

    public RecommendationVoted voted(int position, String recommendationId, PlenaryVote vote) {
        return RecommendationVoted.newBuilder().setEnvelope(by(position, OPERATOR))
                .setResolutionId(resolutionId(position)).setRecommendationId(recommendationId).setVote(vote)
                .setCarried(vote.getInFavour() > vote.getAgainst()).build();
    }

    /** Adopted with {@code adopted} (each with its text as adopted) and the vote on the whole text. */
    public ResolutionAdopted adopted(int position, DocumentKind kind, @Nullable PlenaryVote vote,
            List<AdoptedRecommendation> adopted) {
        return ResolutionAdopted.newBuilder().setEnvelope(by(position, OPERATOR)).setResolutionId(resolutionId(position))
                .setTitle(title(kind)).setDocumentKind(kind).setVote(vote)
                .setRecommendationIds(adopted.stream().map(AdoptedRecommendation::getRecommendationId).toList())
                .setContentHash("9f2c4e1a7b3d5f60".repeat(4)).setRecommendationsByAddressee(java.util.Map.of())
                .setRecommendations(adopted).build();
    }

    public RecommendationProgressReported progress(int position, String recommendationId, FollowUpStatus status,
            LocalDate reportedOn, @Nullable String note) {
        return RecommendationProgressReported.newBuilder().setEnvelope(by(position, TEAM))
                .setResolutionId(resolutionId(position)).setRecommendationId(recommendationId).setStatus(status)
                .setReportedOn(reportedOn).setNote(note).build();
    }

    public static PlenaryVote vote(int inFavour, int against, int abstained) {
        return new PlenaryVote(inFavour + against + abstained, inFavour, against, abstained);
    }

    public static LocalizedText text(String kk, String ru, String en) {
        return new LocalizedText(kk, ru, en);
    }

    public static AdoptedRecommendation adopted(String recommendationId, AddresseeKind kind, LocalizedText addressee,
            LocalizedText text, int revision) {
        return new AdoptedRecommendation(recommendationId, kind, addressee, text, revision,
                kind == AddresseeKind.REGIONAL_AKIMAT ? "KZ-33" : null);
    }

    private static LocalizedText title(DocumentKind kind) {
        return kind == DocumentKind.APPEAL ? text("Форум үндеуі", "Обращение форума", "Appeal of the forum")
                : text("Форум қарары", "Резолюция форума", "Resolution of the forum");
    }

    private kz.civicrelay.events.Envelope by(int position, Actor actor) {
        return resolution.forCommand(series, forum(position), actor);
    }
}
