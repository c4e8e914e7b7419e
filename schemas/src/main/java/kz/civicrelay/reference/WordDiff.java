package kz.civicrelay.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * The word-level difference between two texts (java-diff-utils' Myers diff over words, spaces and punctuation marks):
 * the later text as runs of words kept, removed and added, adjacent runs of one kind joined. Joining the kept and
 * added runs gives the later text; the kept and removed runs, the earlier one.
 */
public final class WordDiff {

    /** What happened to a run of words between the two texts. */
    public enum Change {
        KEPT,
        REMOVED,
        ADDED
    }

    /** A run of words (with the spaces and marks between them) and what happened to it. */
    public record Run(Change change, String text) {
    }

    /** A word (letters, digits and combining marks, with inner hyphens and apostrophes), a run of spaces, or one mark. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:[-'’][\\p{L}\\p{N}\\p{M}]+)*|\\s+|.",
            Pattern.DOTALL);

    private WordDiff() {
    }

    public static List<Run> between(String earlier, String later) {
        List<String> before = tokens(earlier);
        List<String> after = tokens(later);
        List<Run> runs = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            int at = delta.getSource().getPosition();
            add(runs, Change.KEPT, before.subList(position, at));
            if (delta.getType() == DeltaType.DELETE || delta.getType() == DeltaType.CHANGE) {
                add(runs, Change.REMOVED, delta.getSource().getLines());
            }
            if (delta.getType() == DeltaType.INSERT || delta.getType() == DeltaType.CHANGE) {
                add(runs, Change.ADDED, delta.getTarget().getLines());
            }
            position = at + delta.getSource().size();
        }
        add(runs, Change.KEPT, before.subList(position, before.size()));
        return runs;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<Run> runs, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = runs.size() - 1;
        if (last >= 0 && runs.get(last).change() == change) {
            runs.set(last, new Run(change, runs.get(last).text() + text));
        } else {
            runs.add(new Run(change, text));
        }
    }
}
