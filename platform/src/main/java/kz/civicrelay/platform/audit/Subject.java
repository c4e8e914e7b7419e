package kz.civicrelay.platform.audit;

import java.util.Locale;
import java.util.Map;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.reference.Region;
import kz.civicrelay.reference.Trilingual;

/**
 * Who a sentence is about, in each language, with the Russian gender its past-tense verb agrees with: a region
 * (Город Шымкент передал, Жамбылская область передала), a service (Служба эстафеты отправила), or a person, whose
 * gender the relay does not know: their verb shows both endings (подтвердил(а)).
 */
record Subject(String kk, String ru, String en, Gender gender) {

    /** The Russian grammatical gender of the subject; {@code UNKNOWN} for a person named only by name. */
    enum Gender {
        MASCULINE, FEMININE, UNKNOWN
    }

    private static final Map<String, Trilingual> SERVICES = Map.of(
            "scheduling", Trilingual.of("Жоспарлау қызметі", "Служба планирования", "The scheduling service"),
            "registration", Trilingual.of("Тіркеу қызметі", "Служба регистрации", "The registration service"),
            "resolution", Trilingual.of("Қарар қызметі", "Служба резолюций", "The resolution service"),
            "handoff", Trilingual.of("Эстафета қызметі", "Служба эстафеты", "The handoff service"),
            "delivery", Trilingual.of("Жеткізу қызметі", "Служба доставки", "The delivery service"),
            "identity", Trilingual.of("Тіркелгі қызметі", "Служба учётных записей", "The identity service"),
            "auditor", Trilingual.of("Аудит қызметі", "Служба аудита", "The audit service"));

    /**
     * The event's actor: a regional team by its region's name, a service by its name, anyone else by display name, or
     * by role and id when they have none.
     */
    static Subject of(Actor actor) {
        ActorKind kind = actor.getKind();
        if (kind == ActorKind.REGIONAL_TEAM && actor.getRegion() != null) {
            Region region = Phrases.regionOf(actor.getRegion()).orElse(null);
            if (region != null) {
                return of(region);
            }
        }
        if (kind == ActorKind.SERVICE) {
            Trilingual service = SERVICES.getOrDefault(actor.getId(), Trilingual.of(actor.getId() + " қызметі",
                    "Служба " + actor.getId(), "The " + actor.getId() + " service"));
            return new Subject(service.kk(), service.ru(), service.en(), Gender.FEMININE);
        }
        String name = actor.getDisplayName();
        if (name != null && !name.isBlank()) {
            return new Subject(name.strip(), name.strip(), name.strip(), Gender.UNKNOWN);
        }
        Trilingual role = role(kind);
        return new Subject(role.kk() + " " + actor.getId(), role.ru() + " " + actor.getId(),
                role.en() + " " + actor.getId(), kind == ActorKind.REGIONAL_TEAM ? Gender.FEMININE : Gender.MASCULINE);
    }

    /** A region as the subject: Шымкент қаласы / Город Шымкент (masculine) / Shymkent; an oblast is feminine. */
    static Subject of(Region region) {
        return new Subject(region.kk().nominative(), capitalised(region.ru().nominative()), region.name().en(),
                region.isCity() ? Gender.MASCULINE : Gender.FEMININE);
    }

    /** The Russian past-tense verb agreeing with the subject: передал, передала, or передал(а) for a person. */
    String ru(String masculine, String feminine) {
        return switch (gender) {
            case MASCULINE -> masculine;
            case FEMININE -> feminine;
            case UNKNOWN -> feminine.startsWith(masculine)
                    ? masculine + "(" + feminine.substring(masculine.length()) + ")"
                    : masculine + "/" + feminine;
        };
    }

    private static Trilingual role(ActorKind kind) {
        return switch (kind) {
            case OPERATOR -> Trilingual.of("Оператор", "Оператор", "Operator");
            case EDITOR -> Trilingual.of("Редактор", "Редактор", "Editor");
            case AUDITOR -> Trilingual.of("Аудитор", "Аудитор", "Auditor");
            case PARTICIPANT -> Trilingual.of("Қатысушы", "Участник", "Participant");
            case REGIONAL_TEAM -> Trilingual.of("Өңірлік топ", "Региональная команда", "Regional team");
            default -> Trilingual.of("Пайдаланушы", "Пользователь", "User");
        };
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
