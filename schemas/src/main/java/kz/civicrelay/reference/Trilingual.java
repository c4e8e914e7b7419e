package kz.civicrelay.reference;

import java.util.Objects;

/** Text a person reads, in Kazakh, Russian and English. Plain Java: the domain's own type. */
public record Trilingual(String kk, String ru, String en) {

    public Trilingual {
        require(kk, "kk");
        require(ru, "ru");
        require(en, "en");
    }

    public static Trilingual of(String kk, String ru, String en) {
        return new Trilingual(kk, ru, en);
    }

    /** "kk / ru / en" on one line, for terminals and logs. */
    public String joined() {
        return kk + " / " + ru + " / " + en;
    }

    private static void require(String text, String language) {
        if (Objects.requireNonNull(text, "text in " + language + " is missing").isBlank()) {
            throw new IllegalArgumentException("text in " + language + " is blank");
        }
    }
}
