package kz.civicrelay.delivery.email;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One language's part of a mail as the templates read it: the message text, the regions' names and the handoff
 * package in that language, and the wording of the labels ({@link #phrase}). {@code recipient} is the recipient
 * region, or for an alert to the secretariat the region it is about.
 */
record MailSection(String lang, Phrases phrases, String text, String recipient, String fromRegion, String toRegion,
        @Nullable HandoffSection handoff, @Nullable String pdfUrl) {

    /** The phrase {@code key} in this section's language (a method named {@code t} would read as SpEL's {@code T(}). */
    public String phrase(String key, Object... args) {
        return phrases.t(key, args);
    }

    /**
     * The handoff package in one language; what handoff did not know is null (or an empty list); {@code open} the
     * series' open recommendations.
     */
    record HandoffSection(String completedForumId, @Nullable String resolutionTitle, @Nullable String contentHash,
            List<Count> recommendations, @Nullable Integer registered, @Nullable String nextForumId,
            @Nullable String nextDates, @Nullable String nextCity, @Nullable String nextVenue, OpenItems open) {
    }

    /** How many of something, named in the section's language. */
    record Count(String label, int count) {
    }
}
