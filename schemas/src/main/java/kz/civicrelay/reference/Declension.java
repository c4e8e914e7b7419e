package kz.civicrelay.reference;

import java.util.Objects;

/**
 * A region's name in the cases a sentence about it needs, in one language: who ({@code nominative}: Жамбыл облысы,
 * Жамбылская область), whose ({@code genitive}: Жамбыл облысының, Жамбылской области), to whom ({@code dative}: Жамбыл
 * облысына, Жамбылской области) and where ({@code locative}: Жамбыл облысында; in Russian with its preposition, в
 * Жамбылской области). Written out per region because Russian names decline irregularly (города Шымкента, области
 * Жетісу).
 */
public record Declension(String nominative, String genitive, String dative, String locative) {

    public Declension {
        Objects.requireNonNull(nominative, "nominative");
        Objects.requireNonNull(genitive, "genitive");
        Objects.requireNonNull(dative, "dative");
        Objects.requireNonNull(locative, "locative");
    }

    /**
     * A Kazakh name of two or more words whose last is a noun in the possessive {@code -ы} or {@code -і} (Жамбыл
     * облысы, Шымкент қаласы; not Алматы alone), declined with the pronominal
     * {@code н} and vowel harmony: облысының, облысына, облысында; a front-vowel one -нің, -не, -нде.
     */
    static Declension kazakhPossessive(String nominative) {
        boolean compound = nominative.strip().contains(" ");
        if (compound && nominative.endsWith("ы")) {
            return new Declension(nominative, nominative + "ның", nominative + "на", nominative + "нда");
        }
        if (compound && nominative.endsWith("і")) {
            return new Declension(nominative, nominative + "нің", nominative + "не", nominative + "нде");
        }
        throw new IllegalArgumentException("Not a Kazakh possessive name (…облысы, …қаласы): " + nominative);
    }

    /**
     * A Russian oblast: an adjective in {@code -ая} before область (Жамбылская область: Жамбылской области, в
     * Жамбылской области) or область before an undeclined name (область Жетісу: области Жетісу).
     */
    static Declension russianOblast(String nominative) {
        String oblique;
        if (nominative.startsWith("область ")) {
            oblique = "области " + nominative.substring("область ".length());
        } else if (nominative.endsWith("ая область")) {
            oblique = nominative.substring(0, nominative.length() - "ая область".length()) + "ой области";
        } else {
            throw new IllegalArgumentException("Not a Russian oblast name (…ая область, область …): " + nominative);
        }
        return new Declension(nominative, oblique, oblique, "в " + oblique);
    }

    /** A Russian city of republican significance: город Шымкент, города Шымкента, городу Шымкенту, в городе Шымкенте. */
    static Declension russianCity(String name, String genitive, String dative, String prepositional) {
        return new Declension("город " + name, "города " + genitive, "городу " + dative, "в городе " + prepositional);
    }
}
