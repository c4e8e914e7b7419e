package kz.civicrelay.delivery.domain;

import java.util.Arrays;
import java.util.Locale;

import kz.civicrelay.reference.Trilingual;

/** A language a subscriber reads: Kazakh, Russian, English. */
public enum Language {
    KK,
    RU,
    EN;

    /** {@code kk}, {@code ru}, {@code en}: as subscriptions and templates name it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public String of(Trilingual text) {
        return switch (this) {
            case KK -> text.kk();
            case RU -> text.ru();
            case EN -> text.en();
        };
    }

    /** The language of code {@code kk}, {@code ru} or {@code en} (any case); IllegalArgumentException otherwise. */
    public static Language ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown language " + code + " (kk, ru or en)"));
    }
}
