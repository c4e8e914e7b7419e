package kz.civicrelay.delivery.email;

import java.util.List;

import kz.civicrelay.delivery.domain.HandoffPackage;
import kz.civicrelay.delivery.domain.Language;

/**
 * The open recommendations of a handoff package as one language's section of a mail lists them: how many there
 * are, the first {@link #LISTED} (forum, addressee, text, status), and how many more. A long text is shortened: the
 * adopted text in full is in the resolution's PDF and the console.
 *
 * @param count  every open recommendation, listed or not
 * @param listed the first ones, in the series' order
 * @param more   how many are not listed
 */
record OpenItems(int count, List<Item> listed, int more) {

    /** At most this many are listed, so a mail stays readable late in a series. */
    static final int LISTED = 10;
    /** A text longer than this many characters is shortened. */
    static final int TEXT_LENGTH = 300;

    /** One open recommendation, in the section's language. */
    record Item(String forumId, String addressee, String text, String status) {
    }

    static OpenItems of(HandoffPackage handoff, Language language, Phrases words) {
        List<Item> listed = handoff.openRecommendations().stream().limit(LISTED)
                .map(r -> new Item(r.forumId(), language.of(r.addressee()), shortened(language.of(r.text())),
                        words.has("status." + r.status()) ? words.t("status." + r.status()) : r.status()))
                .toList();
        return new OpenItems(handoff.openCount(), listed, handoff.openCount() - listed.size());
    }

    /** The text, or its first {@link #TEXT_LENGTH} characters (whole code points) and an ellipsis. */
    static String shortened(String text) {
        if (text.codePointCount(0, text.length()) <= TEXT_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, TEXT_LENGTH)).stripTrailing() + "…";
    }
}
