package kz.civicrelay.reference;

/**
 * A top-level region of Kazakhstan (ISO 3166-2:KZ code after the 2022 reform), with its name declined in Kazakh
 * ({@code kk}) and Russian ({@code ru}) for sentences about it; English needs only the name.
 */
public record Region(String code, Trilingual name, Trilingual centre, Declension kk, Declension ru) {

    /** One of the three cities of republican significance (Astana, Almaty, Shymkent), not an oblast. */
    public boolean isCity() {
        return name.kk().endsWith(" қаласы");
    }

    /** Жамбыл облысының / Жамбылской области / Jambyl Region. */
    public Trilingual genitive() {
        return new Trilingual(kk.genitive(), ru.genitive(), name.en());
    }

    /** Жамбыл облысына / Жамбылской области / Jambyl Region. */
    public Trilingual dative() {
        return new Trilingual(kk.dative(), ru.dative(), name.en());
    }

    /** Жамбыл облысында / в Жамбылской области / in Jambyl Region. */
    public Trilingual locative() {
        return new Trilingual(kk.locative(), ru.locative(), "in " + name.en());
    }
}
