package kz.civicrelay.registration.lists;

import java.util.Locale;

import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.registration.domain.ParticipantCategory;

/** The words of the printed lists in the forum's three languages: column headings, categories, roles. */
final class ListTexts {

    /** Columns a list may have. */
    enum Column {
        NUMBER("№", "№", "No."),
        FULL_NAME("Аты-жөні", "ФИО", "Full name"),
        ORGANISATION("Ұйым", "Организация", "Organisation"),
        CATEGORY("Санаты", "Категория", "Category"),
        REGION("Өңірі", "Регион", "Region"),
        DELEGATION("Делегациядағы рөлі", "Роль в делегации", "Role in a delegation"),
        LANGUAGES("Тілдері", "Языки", "Languages"),
        EMAIL("Электрондық пошта", "Электронная почта", "E-mail"),
        PHONE("Телефон", "Телефон", "Phone"),
        REGISTERED_AT("Тіркелген уақыты", "Время регистрации", "Registered at"),
        POSITION("Кезектегі орны", "Место в очереди", "Position"),
        ATTENDED("Келді", "Пришёл(-ла)", "Attended"),
        CHECKED_IN_AT("Келген уақыты", "Время прихода", "Checked in at");

        private final Trilingual heading;

        Column(String kk, String ru, String en) {
            this.heading = new Trilingual(kk, ru, en);
        }

        String heading(String language) {
            return in(heading, language);
        }
    }

    static final Trilingual HEAD = new Trilingual("Жетекші", "Руководитель", "Head");
    static final Trilingual MEMBER = new Trilingual("Мүше", "Член", "Member");
    static final Trilingual YES = new Trilingual("Иә", "Да", "Yes");
    static final Trilingual NO = new Trilingual("Жоқ", "Нет", "No");

    private ListTexts() {
    }

    /** {@code language} checked: kk, ru or en. */
    static String language(String language) {
        String wanted = language.strip().toLowerCase(Locale.ROOT);
        if (!wanted.equals("kk") && !wanted.equals("ru") && !wanted.equals("en")) {
            throw new IllegalArgumentException("Unknown language '" + language + "' for a list: kk, ru or en");
        }
        return wanted;
    }

    static String in(Trilingual text, String language) {
        return switch (language) {
            case "ru" -> text.ru();
            case "en" -> text.en();
            default -> text.kk();
        };
    }

    static String category(ParticipantCategory category, String language) {
        return in(name(category), language);
    }

    private static Trilingual name(ParticipantCategory category) {
        return switch (category) {
            case NGO -> new Trilingual("Үкіметтік емес ұйым", "НПО", "NGO");
            case VOLUNTEER_GROUP -> new Trilingual("Еріктілер тобы", "Волонтёрская группа", "Volunteer group");
            case CIVIL_ALLIANCE -> new Trilingual("Азаматтық альянс", "Гражданский альянс", "Civil Alliance");
            case STATE_BODY -> new Trilingual("Мемлекеттік орган", "Государственный орган", "State body");
            case BUSINESS -> new Trilingual("Бизнес", "Бизнес", "Business");
            case MEDIA -> new Trilingual("БАҚ", "СМИ", "Media");
            case DEPUTY -> new Trilingual("Депутат", "Депутат", "Deputy");
            case PUBLIC_COUNCIL -> new Trilingual("Қоғамдық кеңес", "Общественный совет", "Public council");
            case YOUTH -> new Trilingual("Жастар", "Молодёжь", "Youth");
            case RELIGIOUS_ASSOCIATION -> new Trilingual("Діни бірлестік", "Религиозное объединение",
                    "Religious association");
            case ETHNOCULTURAL_ASSOCIATION -> new Trilingual("Этномәдени бірлестік", "Этнокультурное объединение",
                    "Ethnocultural association");
            case INTERNATIONAL_PARTNER -> new Trilingual("Халықаралық серіктес", "Международный партнёр",
                    "International partner");
            case DIPLOMAT -> new Trilingual("Дипломат", "Дипломат", "Diplomat");
            case OTHER -> new Trilingual("Басқа", "Другое", "Other");
        };
    }
}
