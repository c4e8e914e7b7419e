package kz.civicrelay.resolution.domain;

import java.util.Arrays;
import java.util.Locale;

import kz.civicrelay.reference.Trilingual;

/** The three languages a resolution is written in. */
public enum Language {
    KK,
    RU,
    EN;

    /** The language of a code such as {@code kk}; {@link IllegalArgumentException} for any other. */
    public static Language of(String code) {
        return Arrays.stream(values()).filter(language -> language.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown language " + code + "; expected kk, ru or en"));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String of(Trilingual text) {
        return switch (this) {
            case KK -> text.kk();
            case RU -> text.ru();
            case EN -> text.en();
        };
    }
}
