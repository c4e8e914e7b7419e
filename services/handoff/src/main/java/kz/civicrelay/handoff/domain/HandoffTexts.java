package kz.civicrelay.handoff.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import kz.civicrelay.reference.Regions;
import kz.civicrelay.reference.Trilingual;

/**
 * What the regional teams read, in Kazakh, Russian and English. Every Kazakh region name ends in
 * "облысы" or "қаласы", so its cases are regular: +нан (from), +на (to), +ның (of).
 */
final class HandoffTexts {

    private HandoffTexts() {
    }

    static Trilingual batonReceived(String from, String to) {
        return Trilingual.of(
                "Эстафета " + kk(from) + "нан " + kk(to) + "на өтті: форумға дайындық басталды. "
                        + "Эстафетаны қабылдағаныңызды растаңыз.",
                "Эстафета передана от региона «" + ru(from) + "» региону «" + ru(to) + "»: началась подготовка "
                        + "к форуму. Пожалуйста, подтвердите получение эстафеты.",
                "The relay baton has passed from " + en(from) + " to " + en(to) + ": preparation for your forum "
                        + "has begun. Please acknowledge that you have received it.");
    }

    static Trilingual batonPassed(String from, String to) {
        return Trilingual.of(
                kk(from) + " эстафетаны " + kk(to) + "на табыстады. Форумды өткізгеніңіз үшін рахмет!",
                "Регион «" + ru(from) + "» передал эстафету региону «" + ru(to) + "». Спасибо за проведённый форум!",
                en(from) + " has passed the relay baton to " + en(to) + ". Thank you for hosting the forum!");
    }

    static Trilingual seriesUpdate(String from, String to, int position) {
        return Trilingual.of(
                "Форумдар эстафетасы жалғасуда: эстафета " + kk(from) + "нан " + kk(to) + "на өтті ("
                        + position + "-форум).",
                "Эстафета форумов продолжается: регион «" + ru(from) + "» передал эстафету региону «" + ru(to)
                        + "» (форум № " + position + ").",
                "The forum relay goes on: " + en(from) + " has passed the baton to " + en(to) + " (forum "
                        + position + ").");
    }

    static Trilingual seriesCompleted(String last) {
        return Trilingual.of(
                "Азаматтық форумдар сериясы аяқталды: соңғы форумды " + kk(last) + " өткізді. "
                        + "Қатысқаныңыз үшін рахмет!",
                "Серия гражданских форумов завершена: последний форум провёл регион «" + ru(last) + "». "
                        + "Спасибо за участие!",
                "The series of civic forums is complete: the last forum was hosted by " + en(last) + ". "
                        + "Thank you for taking part!");
    }

    static Trilingual escalation(String recipient, Duration timeout) {
        Trilingual within = span(timeout);
        return Trilingual.of(
                kk(recipient) + "ның командасы эстафетаны қабылдағанын " + within.kk() + " ішінде растамады.",
                "Команда региона «" + ru(recipient) + "» не подтвердила получение эстафеты в течение "
                        + within.ru() + ".",
                "The team of " + en(recipient) + " did not acknowledge receiving the baton within " + within.en()
                        + ".");
    }

    /** The receiving team has {@code left} until {@code dueBy} to acknowledge the baton. */
    static Trilingual reminder(String recipient, Duration left, Instant dueBy) {
        Trilingual within = span(roundedDown(left));
        String due = DUE.format(dueBy);
        return Trilingual.of(
                "Еске салу: " + kk(recipient) + "ның командасы эстафетаны қабылдағанын әлі растаған жоқ. "
                        + "Растауға " + within.kk() + " қалды (мерзімі " + due + ").",
                "Напоминание: команда региона «" + ru(recipient) + "» ещё не подтвердила получение эстафеты. "
                        + "До срока осталось " + within.ru() + " (срок: " + due + ").",
                "Reminder: the team of " + en(recipient) + " has not yet acknowledged receiving the baton. "
                        + within.en() + " left to acknowledge it (due " + due + ").");
    }

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** Down to whole hours from an hour on, whole minutes from a minute on, else whole seconds (at least 1). */
    static Duration roundedDown(Duration left) {
        if (left.toHours() > 0) {
            return Duration.ofHours(left.toHours());
        }
        if (left.toMinutes() > 0) {
            return Duration.ofMinutes(left.toMinutes());
        }
        return Duration.ofSeconds(Math.max(1, left.toSeconds()));
    }

    /** A span of time in the largest whole unit: 48 hours, 30 minutes, 1 second. */
    static Trilingual span(Duration timeout) {
        if (timeout.toSeconds() % 3600 == 0 && timeout.toHours() > 0) {
            long h = timeout.toHours();
            return Trilingual.of(h + " сағат", h + " ч", h + (h == 1 ? " hour" : " hours"));
        }
        if (timeout.toSeconds() % 60 == 0 && timeout.toMinutes() > 0) {
            long m = timeout.toMinutes();
            return Trilingual.of(m + " минут", m + " мин", m + (m == 1 ? " minute" : " minutes"));
        }
        long s = Math.max(1, timeout.toSeconds());
        return Trilingual.of(s + " секунд", s + " с", s + (s == 1 ? " second" : " seconds"));
    }

    private static String kk(String code) {
        return Regions.byCode(code).name().kk();
    }

    private static String ru(String code) {
        return Regions.byCode(code).name().ru();
    }

    private static String en(String code) {
        return Regions.byCode(code).name().en();
    }
}
