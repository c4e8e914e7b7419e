package kz.civicrelay.forumctl.tail;

import kz.civicrelay.reference.Trilingual;

/** The language {@code tail --lang kk|ru|en} prints each event's sentence in. */
public enum SentenceLanguage {
    KK,
    RU,
    EN;

    /** The text in this language. */
    public String of(Trilingual text) {
        return switch (this) {
            case KK -> text.kk();
            case RU -> text.ru();
            case EN -> text.en();
        };
    }
}
