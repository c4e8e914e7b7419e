package kz.civicrelay.registration.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Regions;

/**
 * Who asks for a seat: a person (name in any script), the body they represent, the region they come
 * from, the working languages of the forum they use, and how they are reached (an e-mail address and a
 * phone number, each optional here, normalised by {@link Contacts}). Bad input throws
 * {@link IllegalArgumentException}.
 */
public record Registrant(String fullName, String organisation, ParticipantCategory category, String regionOfOrigin,
        List<String> languages, @Nullable String email, @Nullable String phone) {

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
        email = Contacts.email(email);
        phone = Contacts.phone(phone);
    }

    /** A registrant without contacts (one a team registers, or one recorded before contacts were asked for). */
    public Registrant(String fullName, String organisation, ParticipantCategory category, String regionOfOrigin,
            List<String> languages) {
        this(fullName, organisation, category, regionOfOrigin, languages, null, null);
    }

    /**
     * A registrant as a person asks for a seat: besides the record's checks, the name and organisation
     * are checked as {@link PersonText} says (one script per word, no emoji or symbols).
     */
    public static Registrant requested(String fullName, String organisation, ParticipantCategory category,
            String regionOfOrigin, List<String> languages, @Nullable String email, @Nullable String phone) {
        Registrant registrant = new Registrant(fullName, organisation, category, regionOfOrigin, languages, email,
                phone);
        PersonText.name("fullName", registrant.fullName());
        PersonText.organisation("organisation", registrant.organisation());
        return registrant;
    }

    /**
     * The keys that make two registrations the same person's: the normalised e-mail address and phone
     * number when given; without either, the name and organisation (trimmed, case- and spacing-insensitive).
     * Two registrants sharing any key are the same person.
     */
    public List<String> identityKeys() {
        List<String> keys = new ArrayList<>(2);
        if (email != null) {
            keys.add("email:" + email);
        }
        if (phone != null) {
            keys.add("phone:" + phone);
        }
        if (keys.isEmpty()) {
            keys.add("name:" + key(fullName) + "|" + key(organisation));
        }
        return keys;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String key(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
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
