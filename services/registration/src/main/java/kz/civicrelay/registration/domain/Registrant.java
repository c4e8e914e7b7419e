package kz.civicrelay.registration.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kz.civicrelay.reference.Regions;

/**
 * Who asks for a seat: a person (name in any script), the body they represent, the region they come
 * from and the working languages of the forum they use. Bad input throws {@link IllegalArgumentException}.
 */
public record Registrant(String fullName, String organisation, ParticipantCategory category, String regionOfOrigin,
        List<String> languages) {

    /** The forum's working languages. */
    public static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    public Registrant {
        fullName = required(fullName, "fullName", 200);
        organisation = required(organisation, "organisation", 300);
        if (category == null) {
            throw new IllegalArgumentException("category is missing");
        }
        if (!Regions.isKnown(regionOfOrigin)) {
            throw new IllegalArgumentException("Unknown region of origin '" + regionOfOrigin + "'; expected one of "
                    + Regions.all().stream().map(r -> r.code()).toList());
        }
        languages = languages(languages);
    }

    /** Same person at the same body: name and organisation compared trimmed, case- and spacing-insensitive. */
    public boolean isSamePersonAs(Registrant other) {
        return key(fullName).equals(key(other.fullName)) && key(organisation).equals(key(other.organisation));
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String required(String text, String field, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    private static List<String> languages(List<String> languages) {
        if (languages == null || languages.isEmpty()) {
            throw new IllegalArgumentException("languages must name at least one of " + LANGUAGES);
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String language : languages) {
            if (language == null || !LANGUAGES.contains(language)) {
                throw new IllegalArgumentException("Unknown language '" + language + "'; expected kk, ru or en");
            }
            distinct.add(language);
        }
        return List.copyOf(distinct);
    }
}
