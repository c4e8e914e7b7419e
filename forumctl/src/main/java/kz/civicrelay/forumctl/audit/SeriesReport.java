package kz.civicrelay.forumctl.audit;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The audit of one series as it stood at a moment, for the report (JSON, Markdown, HTML). Every list is in a total
 * order and every map sorted by key, so the same log always gives the same report. Times are ISO-8601 instants.
 *
 * @param asOf        the moment the replay stopped at (record timestamps), null: the whole log
 * @param generatedAt when the report was made, only if the caller gave it (null: left out, for byte-identical runs)
 * @param notAvailable what the auditor's principal could not read, and what of the report that leaves out
 */
public record SeriesReport(String seriesId, @Nullable String asOf, String cutBy, @Nullable String generatedAt,
        String outcome, int events, @Nullable String batonHolder, List<Forum> forums, List<Handoff> batonChain,
        List<Finding> findings, List<DeadLetter> deadLetters, List<String> notAvailable) {

    /** This report with one more finding, after those it has. */
    public SeriesReport with(Finding more) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.add(more);
        return new SeriesReport(seriesId, asOf, cutBy, generatedAt, outcome, events, batonHolder, forums, batonChain,
                List.copyOf(all), deadLetters, notAvailable);
    }

    /** One forum: where it stands, what happened to it in order, its registration figures, its resolution. */
    public record Forum(String forumId, int position, String regionCode, String status, int capacity,
            @Nullable Registration registration, @Nullable Resolution resolution, List<Line> timeline) {
    }

    /** One event in a forum's timeline: when, what, who, and which record. */
    public record Line(String at, String what, String who, String eventId, String position) {
    }

    /**
     * Registration figures as the handoff package carried them when the baton left the forum (the only figures an
     * auditor may read); null until then. The count is null where the package did not know it.
     */
    public record Registration(@Nullable Integer registeredCount, Map<String, Integer> byCategory, String source) {

        /** For people: the count (or "count unknown"), by category, and where it comes from. */
        public String summary() {
            return (registeredCount == null ? "count unknown" : registeredCount + " registered")
                    + (byCategory.isEmpty() ? "" : " " + byCategory) + " (from the " + source + ")";
        }
    }

    /** A resolution: every recommendation's every revision, and the adopted text's hash. */
    public record Resolution(String resolutionId, String status, String documentKind, @Nullable String adoptedAt,
            @Nullable String contentHash, List<Version> versions) {
    }

    /** One revision of one recommendation, as recorded; {@code status} is the recommendation's at the cut. */
    public record Version(String recommendationId, int revision, String status, String textKk, String textRu,
            String textEn, String by, String at) {
    }

    /** One pass of the baton, with the notifications it caused. */
    public record Handoff(int handoffNumber, String fromForumId, String toForumId, String passedAt,
            List<Notice> notifications) {
    }

    /** A notification: issued, delivered (first delivery, if any), acknowledged, escalated. */
    public record Notice(String notificationId, String recipientRegionCode, String issuedAt,
            @Nullable String deliveredAt, @Nullable String acknowledgedAt, @Nullable String dueBy, boolean escalated) {
    }

    /** A check: passed or not, or not checkable; what it found and the events involved. */
    public record Finding(String check, String result, List<String> details, List<String> events) {

        public static final String PASS = "pass";
        public static final String FAIL = "fail";
        public static final String NOT_CHECKABLE = "not checkable by the auditor's principal";

        public boolean failed() {
            return FAIL.equals(result);
        }
    }
}
