package kz.civicrelay.platform.audit;

import static kz.civicrelay.platform.audit.Phrases.because;
import static kz.civicrelay.platform.audit.Phrases.enCount;
import static kz.civicrelay.platform.audit.Phrases.forum;
import static kz.civicrelay.platform.audit.Phrases.ruCount;

import kz.civicrelay.events.AttendanceMarked;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.events.ParticipantWaitlisted;
import kz.civicrelay.events.PromotionDeclined;
import kz.civicrelay.events.RegistrationCancelled;
import kz.civicrelay.events.RegistrationClosed;
import kz.civicrelay.events.RegistrationOpened;
import kz.civicrelay.events.SessionsChosen;
import kz.civicrelay.events.WaitlistLeft;
import kz.civicrelay.events.WaitlistPromoted;
import kz.civicrelay.platform.audit.Phrases.Forum;
import kz.civicrelay.reference.Trilingual;

/**
 * The sentences of registration. A participant registered or waitlisted is named as written (full name and
 * organisation), so that the console can withhold the name; later events know the participant by id only.
 */
final class RegistrationSentences {

    private RegistrationSentences() {
    }

    static SentenceRules describe(SentenceRules rules) {
        return rules
                .on(RegistrationOpened.class, (e, s) -> {
                    Forum f = forum(e.getRegionCode(), e.getEnvelope().getForumId());
                    return Trilingual.of(s.kk() + " " + f.kkDative() + " тіркеуді ашты: " + e.getCapacity() + " орын",
                            s.ru() + " " + s.ru("открыл", "открыла") + " регистрацию на " + f.ru() + ": "
                                    + ruCount(e.getCapacity(), "место", "места", "мест"),
                            s.en() + " opened registration for " + f.en() + ": "
                                    + enCount(e.getCapacity(), "place", "places"));
                })
                .on(RegistrationClosed.class, (e, s) -> {
                    Forum f = forum(e.getEnvelope().getForumId());
                    int count = e.getRegisteredCount();
                    return Trilingual.of(s.kk() + " " + f.kkDative() + " тіркеуді жапты: " + count + " қатысушы",
                            s.ru() + " " + s.ru("закрыл", "закрыла") + " регистрацию на " + f.ru() + ": "
                                    + ruCount(count, "участник", "участника", "участников"),
                            s.en() + " closed registration for " + f.en() + ": "
                                    + enCount(count, "participant", "participants") + " registered");
                })
                .on(ParticipantRegistered.class, (e, s) -> {
                    Forum f = forum(e.getEnvelope().getForumId());
                    String who = e.getFullName() + " (" + e.getOrganisation() + ")";
                    return Trilingual.of(who + " " + f.kkDative() + " тіркелді",
                            "Участник зарегистрирован на " + f.ru() + ": " + who,
                            who + " registered for " + f.en());
                })
                .on(ParticipantWaitlisted.class, (e, s) -> {
                    Forum f = forum(e.getEnvelope().getForumId());
                    String who = e.getFullName() + " (" + e.getOrganisation() + ")";
                    return Trilingual.of(who + " " + f.kkGenitive() + " күту тізіміне қосылды",
                            "Участник внесён в лист ожидания " + f.ruGenitive() + ": " + who,
                            who + " was put on the waiting list of " + f.en());
                })
                .on(RegistrationCancelled.class, (e, s) -> {
                    Forum f = forum(e.getEnvelope().getForumId());
                    String id = e.getParticipantId();
                    return Trilingual.of(s.kk() + " " + id + " қатысушының " + f.kkDative() + " тіркеуін болдырмады"
                            + because(e.getReason()),
                            s.ru() + " " + s.ru("отменил", "отменила") + " регистрацию участника " + id + " на "
                                    + f.ru() + because(e.getReason()),
                            s.en() + " cancelled the registration of participant " + id + " for " + f.en()
                                    + because(e.getReason()));
                })
                .on(WaitlistPromoted.class, (e, s) -> {
                    Forum f = forum(e.getEnvelope().getForumId());
                    String id = e.getParticipantId();
                    return Trilingual.of(id + " қатысушы күту тізімінен " + f.kkDative() + " өтті",
                            "Участник " + id + " переведён из листа ожидания на " + f.ru(),
                            "Participant " + id + " moved from the waiting list to " + f.en());
                })
                .on(SessionsChosen.class, (e, s) -> {
                    Forum f = forum(e.getEnvelope().getForumId());
                    String id = e.getParticipantId();
                    int sessions = e.getSessionIds().size();
                    return Trilingual.of(id + " қатысушы " + f.kkLocative() + " " + sessions + " сессияны таңдады",
                            "Участник " + id + " выбрал " + ruCount(sessions, "сессию", "сессии", "сессий") + " на "
                                    + f.ruPrepositional(),
                            "Participant " + id + " chose " + enCount(sessions, "session", "sessions") + " at "
                                    + f.en());
                })
                .on(WaitlistLeft.class, (e, s) -> {
                    Forum f = forum(e.getEnvelope().getForumId());
                    String id = e.getParticipantId();
                    return Trilingual.of(id + " қатысушы " + f.kkGenitive() + " күту тізімінен шықты"
                            + because(e.getReason()),
                            "Участник " + id + " покинул лист ожидания " + f.ruGenitive() + because(e.getReason()),
                            "Participant " + id + " left the waiting list of " + f.en() + because(e.getReason()));
                })
                .on(PromotionDeclined.class, (e, s) -> {
                    Forum f = forum(e.getEnvelope().getForumId());
                    String id = e.getParticipantId();
                    return Trilingual.of(id + " қатысушы " + f.kkLocative() + "ғы орыннан бас тартты"
                            + because(e.getReason()),
                            "Участник " + id + " отказался от места на " + f.ruPrepositional() + because(e.getReason()),
                            "Participant " + id + " declined a place at " + f.en() + because(e.getReason()));
                })
                .on(AttendanceMarked.class, (e, s) -> {
                    Forum f = forum(e.getEnvelope().getForumId());
                    String id = e.getParticipantId();
                    return Trilingual.of(s.kk() + " " + id + " қатысушының " + f.kkDative() + " келгенін белгіледі",
                            s.ru() + " " + s.ru("отметил", "отметила") + " присутствие участника " + id + " на "
                                    + f.ruPrepositional(),
                            s.en() + " marked participant " + id + " present at " + f.en());
                });
    }
}
