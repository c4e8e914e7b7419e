package kz.civicrelay.forumctl.resolution;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * The resolution service's named values as forumctl takes them (case does not matter) and as a person reads them in
 * Kazakh, Russian and English.
 */
final class Labels {

    private Labels() {
    }

    /** The kind of document a forum adopts. */
    enum DocumentKind {
        RESOLUTION(Trilingual.of("Қарар", "Резолюция", "Resolution")),
        APPEAL(Trilingual.of("Үндеу", "Обращение", "Appeal"));

        final Trilingual name;

        DocumentKind(Trilingual name) {
            this.name = name;
        }
    }

    /** What became of an adopted recommendation. */
    enum FollowUpStatus {
        NOT_STARTED(Trilingual.of("басталған жоқ", "не начато", "not started")),
        IN_PROGRESS(Trilingual.of("орындалуда", "в работе", "in progress")),
        DONE(Trilingual.of("орындалды", "выполнено", "done")),
        DECLINED(Trilingual.of("қабылданбады", "отклонено", "declined"));

        final Trilingual label;

        FollowUpStatus(Trilingual label) {
            this.label = label;
        }
    }

    /** A document kind of the API in {@code language}, or in all three; the symbol itself if unknown. */
    static String kind(String symbol, @Nullable Language language) {
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.name().equals(symbol)) {
                return language == null ? kind.name.joined() : language.of(kind.name);
            }
        }
        return symbol;
    }

    /** A follow-up status of the API in {@code language}, else as its symbol reads ({@code in progress}). */
    static String followUp(String symbol, @Nullable Language language) {
        for (FollowUpStatus status : FollowUpStatus.values()) {
            if (status.name().equals(symbol) && language != null) {
                return language.of(status.label);
            }
        }
        return symbol(symbol);
    }

    /** {@code IN_PROGRESS} as {@code in progress}. */
    static String symbol(String symbol) {
        return symbol.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
