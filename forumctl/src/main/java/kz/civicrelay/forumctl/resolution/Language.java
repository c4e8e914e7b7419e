package kz.civicrelay.forumctl.resolution;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.JsonNode;

import kz.civicrelay.reference.Trilingual;

/** A language a person reads the resolution in; {@code --lang kk|ru|en}. Without one, all three are shown. */
enum Language {
    KK,
    RU,
    EN;

    /** The code the API takes: {@code kk}, {@code ru}, {@code en}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    String of(Trilingual text) {
        return this == KK ? text.kk() : this == RU ? text.ru() : text.en();
    }

    /**
     * Text of the API ({@code {"kk":…,"ru":…,"en":…}}) on one line: in {@code language}, or {@code kk / ru / en}
     * without one; a dash if there is none.
     */
    static String line(JsonNode text, @Nullable Language language) {
        if (text.isMissingNode() || text.isNull()) {
            return "—";
        }
        if (language != null) {
            return text.path(language.code()).asText();
        }
        return text.path("kk").asText() + " / " + text.path("ru").asText() + " / " + text.path("en").asText();
    }

    /**
     * Text of the API as indented lines: one in {@code language}, or one a language ({@code kk: …}, {@code ru: …},
     * {@code en: …}) without one.
     */
    static String lines(JsonNode text, @Nullable Language language, String indent) {
        if (language != null) {
            return indent + text.path(language.code()).asText() + "\n";
        }
        StringBuilder lines = new StringBuilder();
        for (Language each : values()) {
            lines.append(indent).append(each.code()).append(": ").append(text.path(each.code()).asText()).append('\n');
        }
        return lines.toString();
    }
}
