package kz.civicrelay.forumctl.resolution;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a resolution of the API reads on a terminal: its kind, status, when adopted, the plenary's vote on the whole
 * text and the content hash; then each recommendation with its revision, status, vote and follow-up, its addressee and
 * text in the language asked for or in all three.
 */
final class Resolutions {

    /** Times as people in Kazakhstan read them. */
    static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Resolutions() {
    }

    static String describe(JsonNode resolution, @Nullable Language language) {
        StringBuilder text = new StringBuilder();
        text.append(resolution.path("forumId").asText()).append(": ")
                .append(Labels.kind(resolution.path("documentKind").asText(), language)).append(", ");
        if ("ADOPTED".equals(resolution.path("status").asText())) {
            text.append("adopted ").append(time(resolution.path("adoptedAt"))).append('\n');
        } else {
            text.append(Labels.symbol(resolution.path("status").asText())).append('\n');
        }
        text.append("  title: ").append(Language.line(resolution.path("title"), language)).append('\n');
        if (resolution.hasNonNull("vote")) {
            text.append("  vote on the whole text: ").append(vote(resolution.path("vote"))).append('\n');
        }
        if (resolution.hasNonNull("contentHash")) {
            text.append("  content hash (SHA-256): ").append(resolution.path("contentHash").asText()).append('\n');
        }
        JsonNode recommendations = resolution.path("recommendations");
        text.append(recommendations.size()).append(" recommendation(s)\n");
        for (JsonNode r : recommendations) {
            text.append(recommendation(r, language));
        }
        return text.toString();
    }

    /**
     * {@code id  revision N  status  vote …  follow-up …}, then the addressee and the text, indented.
     */
    static String recommendation(JsonNode r, @Nullable Language language) {
        StringBuilder text = new StringBuilder(r.path("recommendationId").asText()).append("  revision ")
                .append(r.path("revision").asInt()).append("  ").append(status(r));
        if (r.hasNonNull("vote")) {
            text.append("  vote: ").append(vote(r.path("vote")));
        }
        if (r.hasNonNull("followUp")) {
            text.append("  follow-up: ").append(Labels.followUp(r.path("followUp").asText(), language));
        }
        text.append("\n    to ").append(Language.line(r.path("addressee"), language)).append(" (")
                .append(r.path("addresseeKind").asText())
                .append(r.hasNonNull("addresseeRegion") ? ", " + r.path("addresseeRegion").asText() : "").append(")\n");
        return text.append(Language.lines(r.path("text"), language, "    ")).toString();
    }

    /** {@code active}, {@code active, left out of the text}, {@code withdrawn}, {@code merged into r-1}. */
    private static String status(JsonNode r) {
        String status = r.path("status").asText();
        if ("MERGED".equals(status)) {
            return "merged into " + r.path("mergedInto").asText("?");
        }
        if ("ACTIVE".equals(status) && r.has("inText") && !r.path("inText").asBoolean()) {
            return "active, left out of the text";
        }
        return Labels.symbol(status);
    }

    /** {@code 120 present: 112 for, 3 against, 5 abstained}. */
    static String vote(JsonNode vote) {
        return vote.path("present").asInt() + " present: " + vote.path("inFavour").asInt() + " for, "
                + vote.path("against").asInt() + " against, " + vote.path("abstained").asInt() + " abstained";
    }

    /** An instant of the API in Kazakhstan's time, to the minute; as given if it is not one. */
    static String time(JsonNode instant) {
        try {
            return MINUTES.format(Instant.parse(instant.asText()).atZone(KAZAKHSTAN)) + " (Asia/Almaty)";
        } catch (DateTimeParseException e) {
            return instant.asText("—");
        }
    }
}
