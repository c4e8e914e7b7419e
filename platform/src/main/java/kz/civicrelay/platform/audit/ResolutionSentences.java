package kz.civicrelay.platform.audit;

import static kz.civicrelay.platform.audit.Phrases.aside;
import static kz.civicrelay.platform.audit.Phrases.because;
import static kz.civicrelay.platform.audit.Phrases.en;
import static kz.civicrelay.platform.audit.Phrases.enCount;
import static kz.civicrelay.platform.audit.Phrases.enQuoted;
import static kz.civicrelay.platform.audit.Phrases.forum;
import static kz.civicrelay.platform.audit.Phrases.kk;
import static kz.civicrelay.platform.audit.Phrases.quoted;
import static kz.civicrelay.platform.audit.Phrases.ru;
import static kz.civicrelay.platform.audit.Phrases.ruCount;

import kz.civicrelay.events.FollowUpStatus;
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
import kz.civicrelay.platform.audit.Phrases.Document;
import kz.civicrelay.platform.audit.Phrases.Forum;
import kz.civicrelay.reference.Trilingual;

/** The sentences of drafting: a resolution (or appeal) opened, its recommendations proposed and voted, adopted. */
final class ResolutionSentences {

    private ResolutionSentences() {
    }

    static SentenceRules describe(SentenceRules rules) {
        return rules
                .on(ResolutionDraftOpened.class, (e, s) -> {
                    Forum f = forum(e.getEnvelope().getForumId());
                    Document d = Document.of(e.getDocumentKind());
                    return Trilingual.of(s.kk() + " " + f.kkLocative() + " " + quoted(kk(e.getTitle())) + " "
                            + d.kkGenitive() + " жобасын ашты",
                            s.ru() + " " + s.ru("открыл", "открыла") + " проект " + d.ruGenitive() + " "
                                    + quoted(ru(e.getTitle())) + " на " + f.ruPrepositional(),
                            s.en() + " opened the draft " + d.en() + " " + enQuoted(en(e.getTitle())) + " at "
                                    + f.en());
                })
                .on(ResolutionKindChosen.class, (e, s) -> {
                    Document d = Document.of(e.getDocumentKind());
                    return Trilingual.of(s.kk() + " құжат түрін таңдады: " + d.kk() + " " + quoted(kk(e.getTitle())),
                            s.ru() + " " + s.ru("выбрал", "выбрала") + " вид документа: " + d.ru() + " "
                                    + quoted(ru(e.getTitle())),
                            s.en() + " chose the kind of document: " + d.en() + " " + enQuoted(en(e.getTitle())));
                })
                .on(RecommendationProposed.class, (e, s) -> Trilingual.of(
                        s.kk() + " ұсыныс енгізді (адресаты — " + kk(e.getAddressee()) + "): " + quoted(kk(e.getText())),
                        s.ru() + " " + s.ru("предложил", "предложила") + " рекомендацию (адресат — "
                                + ru(e.getAddressee()) + "): " + quoted(ru(e.getText())),
                        s.en() + " proposed a recommendation to " + en(e.getAddressee()) + ": "
                                + enQuoted(en(e.getText()))))
                .on(RecommendationAmended.class, (e, s) -> Trilingual.of(
                        s.kk() + " " + e.getRecommendationId() + " ұсынысын өзгертті (" + e.getRevision()
                                + "-редакция): " + quoted(kk(e.getText())),
                        s.ru() + " " + s.ru("изменил", "изменила") + " рекомендацию " + e.getRecommendationId()
                                + " (редакция " + e.getRevision() + "): " + quoted(ru(e.getText())),
                        s.en() + " amended recommendation " + e.getRecommendationId() + " (revision "
                                + e.getRevision() + "): " + enQuoted(en(e.getText()))))
                .on(RecommendationWithdrawn.class, (e, s) -> {
                    String merged = e.getMergedInto();
                    boolean into = merged != null && !merged.isBlank();
                    return Trilingual.of(s.kk() + " " + e.getRecommendationId() + " ұсынысын қайтарып алды"
                            + (into ? " (" + merged + " ұсынысына біріктірілді)" : "") + because(e.getReason()),
                            s.ru() + " " + s.ru("отозвал", "отозвала") + " рекомендацию " + e.getRecommendationId()
                                    + (into ? " (объединена с " + merged + ")" : "") + because(e.getReason()),
                            s.en() + " withdrew recommendation " + e.getRecommendationId()
                                    + (into ? " (merged into " + merged + ")" : "") + because(e.getReason()));
                })
                .on(RecommendationsReordered.class, (e, s) -> {
                    int count = e.getRecommendationIds().size();
                    return Trilingual.of(s.kk() + " " + count + " ұсыныстың ретін өзгертті",
                            s.ru() + " " + s.ru("изменил", "изменила") + " порядок рекомендаций (" + count + ")",
                            s.en() + " reordered " + enCount(count, "recommendation", "recommendations"));
                })
                .on(RecommendationVoted.class, (e, s) -> {
                    PlenaryVote v = e.getVote();
                    boolean carried = e.getCarried();
                    return Trilingual.of(s.kk() + " " + e.getRecommendationId() + " ұсынысы бойынша дауыс беруді тіркеді: "
                            + v.getInFavour() + " жақтады, " + v.getAgainst() + " қарсы, " + v.getAbstained()
                            + " қалыс қалды; " + (carried ? "қабылданды" : "қабылданбады"),
                            s.ru() + " " + s.ru("зафиксировал", "зафиксировала") + " голосование по рекомендации "
                                    + e.getRecommendationId() + ": за — " + v.getInFavour() + ", против — "
                                    + v.getAgainst() + ", воздержались — " + v.getAbstained() + "; "
                                    + (carried ? "принята" : "отклонена"),
                            s.en() + " recorded the vote on recommendation " + e.getRecommendationId() + ": "
                                    + v.getInFavour() + " for, " + v.getAgainst() + " against, " + v.getAbstained()
                                    + " abstained; " + (carried ? "carried" : "not carried"));
                })
                .on(ResolutionAdopted.class, (e, s) -> {
                    Forum f = forum(e.getEnvelope().getForumId());
                    Document d = Document.of(e.getDocumentKind());
                    int count = e.getRecommendationIds().size();
                    return Trilingual.of(s.kk() + " " + f.kkLocative() + " " + quoted(kk(e.getTitle())) + " "
                            + d.kkAccusative() + " қабылдады: " + count + " ұсыныс",
                            s.ru() + " " + s.ru("принял", "приняла") + " " + d.ruAccusative() + " "
                                    + quoted(ru(e.getTitle())) + " на " + f.ruPrepositional() + ": "
                                    + ruCount(count, "рекомендация", "рекомендации", "рекомендаций"),
                            s.en() + " adopted the " + d.en() + " " + enQuoted(en(e.getTitle())) + " at " + f.en()
                                    + ": " + enCount(count, "recommendation", "recommendations"));
                })
                .on(RecommendationProgressReported.class, (e, s) -> {
                    Trilingual status = status(e.getStatus());
                    return Trilingual.of(s.kk() + " " + e.getRecommendationId() + " ұсынысының орындалуы туралы хабарлады: "
                            + status.kk() + aside(e.getNote()),
                            s.ru() + " " + s.ru("сообщил", "сообщила") + " о выполнении рекомендации "
                                    + e.getRecommendationId() + ": " + status.ru() + aside(e.getNote()),
                            s.en() + " reported on recommendation " + e.getRecommendationId() + ": " + status.en()
                                    + aside(e.getNote()));
                });
    }

    private static Trilingual status(FollowUpStatus status) {
        return switch (status) {
            case IN_PROGRESS -> Trilingual.of("орындалуда", "выполняется", "in progress");
            case DONE -> Trilingual.of("орындалды", "выполнена", "done");
            case DECLINED -> Trilingual.of("қабылданбады", "отклонена", "declined");
            default -> Trilingual.of("басталмаған", "не начата", "not started");
        };
    }
}
