package kz.civicrelay.resolution.domain;

import java.util.Arrays;

import kz.civicrelay.reference.Trilingual;

/** The kind of document a forum adopts: a resolution («қарар», «резолюция») or an appeal («үндеу», «обращение»). */
public enum DocumentKind {
    RESOLUTION(new Trilingual("Қарар", "Резолюция", "Resolution")),
    APPEAL(new Trilingual("Үндеу", "Обращение", "Appeal"));

    private final Trilingual name;

    DocumentKind(Trilingual name) {
        this.name = name;
    }

    /** What the kind is called, in each language. */
    public Trilingual displayName() {
        return name;
    }

    /** The kind named {@code symbol}; {@link IllegalArgumentException} listing the known kinds otherwise. */
    public static DocumentKind of(String symbol) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(symbol)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown documentKind " + symbol
                        + "; expected one of " + Arrays.toString(values())));
    }
}
