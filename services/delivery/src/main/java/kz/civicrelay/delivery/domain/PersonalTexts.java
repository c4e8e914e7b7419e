package kz.civicrelay.delivery.domain;

import kz.civicrelay.reference.Regions;
import kz.civicrelay.reference.Trilingual;

/** What a person reads in their own notices, in Kazakh, Russian and English. */
final class PersonalTexts {

    private PersonalTexts() {
    }

    /** A seat is theirs: the forum, its host region, the id of their registration. */
    static Trilingual confirmed(String forumId, String participantId, String regionCode) {
        Suffix region = Suffix.of(regionCode);
        return new Trilingual(
                "Тіркеуіңіз расталды: форумда сізге орын сақталды. Форум: " + forumId + region.kk()
                        + ". Тіркеу нөміріңіз: " + participantId + ". Келе алмасаңыз, тіркеуден бас тартыңыз — "
                        + "орын басқа адамға өтеді.",
                "Ваша регистрация подтверждена: место на форуме за вами. Форум: " + forumId + region.ru()
                        + ". Номер регистрации: " + participantId + ". Если не сможете прийти, отмените регистрацию — "
                        + "место перейдёт другому.",
                "Your registration is confirmed: a seat at the forum is yours. Forum: " + forumId + region.en()
                        + ". Registration number: " + participantId + ". If you cannot come, cancel your registration "
                        + "so that the seat passes to someone else.");
    }

    /** A seat became free and is theirs now. */
    static Trilingual promoted(String forumId, String regionCode) {
        Suffix region = Suffix.of(regionCode);
        return new Trilingual(
                "Орын босады: сіз күту тізімінен форум қатысушыларының қатарына қосылдыңыз. Форум: " + forumId
                        + region.kk() + ". Келе алмасаңыз, орыннан бас тартыңыз — ол келесі адамға өтеді.",
                "Освободилось место: вы переведены из листа ожидания в участники форума. Форум: " + forumId
                        + region.ru() + ". Если не сможете прийти, откажитесь от места — оно перейдёт следующему.",
                "A seat became free: you have moved from the waitlist to the forum's participants. Forum: " + forumId
                        + region.en() + ". If you cannot come, decline the seat so that it passes to the next person.");
    }

    /** " (the region's name)" in each language, or nothing for a code that is not one of the 20. */
    private record Suffix(String kk, String ru, String en) {

        static Suffix of(String regionCode) {
            if (!Regions.isKnown(regionCode)) {
                return new Suffix("", "", "");
            }
            Trilingual name = Regions.byCode(regionCode).name();
            return new Suffix(" (" + name.kk() + ")", " (" + name.ru() + ")", " (" + name.en() + ")");
        }
    }
}
