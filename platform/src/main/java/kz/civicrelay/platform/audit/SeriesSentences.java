package kz.civicrelay.platform.audit;

import static kz.civicrelay.platform.audit.Phrases.aside;
import static kz.civicrelay.platform.audit.Phrases.because;
import static kz.civicrelay.platform.audit.Phrases.days;
import static kz.civicrelay.platform.audit.Phrases.en;
import static kz.civicrelay.platform.audit.Phrases.enCount;
import static kz.civicrelay.platform.audit.Phrases.enQuoted;
import static kz.civicrelay.platform.audit.Phrases.forum;
import static kz.civicrelay.platform.audit.Phrases.kk;
import static kz.civicrelay.platform.audit.Phrases.kkToDays;
import static kz.civicrelay.platform.audit.Phrases.locative;
import static kz.civicrelay.platform.audit.Phrases.quoted;
import static kz.civicrelay.platform.audit.Phrases.ru;
import static kz.civicrelay.platform.audit.Phrases.ruCount;

import kz.civicrelay.events.ForumCancelled;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.ForumPostponed;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.ForumProgrammeSet;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.SeriesClosedEarly;
import kz.civicrelay.events.SeriesCompleted;
import kz.civicrelay.events.SeriesPlanned;
import kz.civicrelay.events.SeriesResumed;
import kz.civicrelay.events.SeriesSuspended;
import kz.civicrelay.platform.audit.Phrases.Forum;
import kz.civicrelay.reference.Trilingual;

/** The sentences of scheduling: the series planned, paused, ended; each forum scheduled, opened, held or called off. */
final class SeriesSentences {

    private SeriesSentences() {
    }

    static SentenceRules describe(SentenceRules rules) {
        return rules
                .on(SeriesPlanned.class, (e, s) -> {
                    int forums = e.getForumIds().size();
                    return Trilingual.of(s.kk() + " " + quoted(kk(e.getTitle())) + " сериясын жоспарлады: " + forums
                            + " форум",
                            s.ru() + " " + s.ru("запланировал", "запланировала") + " серию " + quoted(ru(e.getTitle()))
                                    + ": " + ruCount(forums, "форум", "форума", "форумов"),
                            s.en() + " planned the series " + enQuoted(en(e.getTitle())) + ": "
                                    + enCount(forums, "forum", "forums"));
                })
                .on(SeriesSuspended.class, (e, s) -> Trilingual.of(
                        s.kk() + " серияны тоқтата тұрды" + because(kk(e.getReason())),
                        s.ru() + " " + s.ru("приостановил", "приостановила") + " серию" + because(ru(e.getReason())),
                        s.en() + " suspended the series" + because(en(e.getReason()))))
                .on(SeriesResumed.class, (e, s) -> Trilingual.of(s.kk() + " серияны қайта жалғастырды",
                        s.ru() + " " + s.ru("возобновил", "возобновила") + " серию", s.en() + " resumed the series"))
                .on(SeriesClosedEarly.class, (e, s) -> Trilingual.of(
                        s.kk() + " серияны мерзімінен бұрын жапты" + because(kk(e.getReason())) + " ("
                                + e.getForumsCompleted() + " форум өтті)",
                        s.ru() + " досрочно " + s.ru("закрыл", "закрыла") + " серию" + because(ru(e.getReason()))
                                + " (проведено форумов: " + e.getForumsCompleted() + ")",
                        s.en() + " closed the series early" + because(en(e.getReason())) + " ("
                                + enCount(e.getForumsCompleted(), "forum", "forums") + " held)"))
                .on(SeriesCompleted.class, (e, s) -> {
                    Trilingual last = locative(e.getLastRegionCode());
                    return Trilingual.of(s.kk() + " серияны аяқтады: " + e.getForumCount() + " форум, соңғысы "
                            + last.kk() + " өтті",
                            s.ru() + " " + s.ru("завершил", "завершила") + " серию: "
                                    + ruCount(e.getForumCount(), "форум", "форума", "форумов") + ", последний — "
                                    + last.ru(),
                            s.en() + " completed the series: " + enCount(e.getForumCount(), "forum", "forums")
                                    + ", the last " + last.en());
                })
                .on(ForumScheduled.class, (e, s) -> {
                    Forum f = forum(e.getRegionCode(), e.getEnvelope().getForumId());
                    String when = days(e.getStartDate(), e.getEndDate());
                    return Trilingual.of(s.kk() + " " + f.kkAccusative() + " (№" + e.getPosition() + ") "
                            + kkToDays(e.getStartDate(), e.getEndDate()) + " белгіледі: " + quoted(kk(e.getTheme())),
                            s.ru() + " " + s.ru("назначил", "назначила") + " " + f.ru() + " (№" + e.getPosition()
                                    + ") на " + when + ": " + quoted(ru(e.getTheme())),
                            s.en() + " scheduled " + f.en() + " (no. " + e.getPosition() + ") for " + when + ": "
                                    + enQuoted(en(e.getTheme())));
                })
                .on(ForumPreparationOpened.class, (e, s) -> {
                    Forum f = forum(e.getRegionCode(), e.getEnvelope().getForumId());
                    return Trilingual.of(s.kk() + " " + f.kkDative() + " дайындықты бастады",
                            s.ru() + " " + s.ru("открыл", "открыла") + " подготовку к " + f.ruDative(),
                            s.en() + " opened preparation of " + f.en());
                })
                .on(ForumConvened.class, (e, s) -> {
                    Forum f = forum(e.getRegionCode(), e.getEnvelope().getForumId());
                    return Trilingual.of(s.kk() + " " + f.kkAccusative() + " ашты",
                            s.ru() + " " + s.ru("открыл", "открыла") + " " + f.ru(), s.en() + " convened " + f.en());
                })
                .on(ForumCompleted.class, (e, s) -> {
                    Forum f = forum(e.getRegionCode(), e.getEnvelope().getForumId());
                    return Trilingual.of(s.kk() + " " + f.kkAccusative() + " аяқтады",
                            s.ru() + " " + s.ru("завершил", "завершила") + " " + f.ru(),
                            s.en() + " completed " + f.en());
                })
                .on(ForumPostponed.class, (e, s) -> {
                    Forum f = forum(e.getEnvelope().getForumId());
                    String when = days(e.getStartDate(), e.getEndDate());
                    return Trilingual.of(s.kk() + " " + f.kkAccusative() + " " + kkToDays(e.getStartDate(), e.getEndDate())
                            + " ауыстырды"
                            + aside(kk(e.getReason())),
                            s.ru() + " " + s.ru("назначил", "назначила") + " новые даты " + f.ruGenitive() + ": "
                                    + when + aside(ru(e.getReason())),
                            s.en() + " postponed " + f.en() + " to " + when + aside(en(e.getReason())));
                })
                .on(ForumCancelled.class, (e, s) -> {
                    Forum f = forum(e.getEnvelope().getForumId());
                    return Trilingual.of(s.kk() + " " + f.kkAccusative() + " болдырмады" + because(kk(e.getReason())),
                            s.ru() + " " + s.ru("отменил", "отменила") + " " + f.ru() + because(ru(e.getReason())),
                            s.en() + " cancelled " + f.en() + because(en(e.getReason())));
                })
                .on(ForumProgrammeSet.class, (e, s) -> {
                    Forum f = forum(e.getEnvelope().getForumId());
                    int sessions = e.getSessions().size();
                    return Trilingual.of(s.kk() + " " + f.kkGenitive() + " бағдарламасын бекітті: " + sessions
                            + " сессия",
                            s.ru() + " " + s.ru("утвердил", "утвердила") + " программу " + f.ruGenitive() + ": "
                                    + ruCount(sessions, "сессия", "сессии", "сессий"),
                            s.en() + " set the programme of " + f.en() + ": "
                                    + enCount(sessions, "session", "sessions"));
                });
    }
}
