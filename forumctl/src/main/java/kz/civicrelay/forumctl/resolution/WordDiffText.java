package kz.civicrelay.forumctl.resolution;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Help.Ansi;

/**
 * A word diff of the API ({@code [{change: KEPT|REMOVED|ADDED, text}]}) as a terminal shows it: in colour, removed
 * words red and struck through and added ones green; without colour, as {@code git diff --word-diff=plain} marks
 * them, {@code [-removed-]} and {@code {+added+}}. Colour only where picocli's ANSI detection allows it (standard output
 * a terminal, no {@code NO_COLOR}; {@code CLICOLOR_FORCE} or {@code -Dpicocli.ansi=true} forces it) and
 * {@code --no-color} is not given.
 */
final class WordDiffText {

    /** Select Graphic Rendition: red and crossed out; green; back to normal. */
    static final String REMOVED = "\u001B[31;9m";
    static final String ADDED = "\u001B[32m";
    static final String RESET = "\u001B[0m";

    /** What happened to a run of words between the two revisions. */
    enum Change {
        KEPT,
        REMOVED,
        ADDED
    }

    /** A run of words (with the spaces and marks between them) and what happened to it. */
    record Run(Change change, String text) {
    }

    private WordDiffText() {
    }

    /** Whether to colour: never with {@code --no-color}, else as the command line's ANSI setting decides. */
    static boolean colour(boolean noColor, Ansi ansi) {
        return !noColor && ansi.enabled();
    }

    /** The runs of one language of the API's diff; a run of an unknown kind reads as kept. */
    static List<Run> runs(JsonNode changes) {
        List<Run> runs = new ArrayList<>();
        for (JsonNode run : changes) {
            String change = run.path("change").asText();
            runs.add(new Run("REMOVED".equals(change) ? Change.REMOVED : "ADDED".equals(change) ? Change.ADDED
                    : Change.KEPT, run.path("text").asText()));
        }
        return runs;
    }

    /** The later text with what was removed and added marked, in colour or with {@code [-…-]} and {@code {+…+}}. */
    static String render(List<Run> runs, boolean colour) {
        StringBuilder text = new StringBuilder();
        for (Run run : runs) {
            switch (run.change()) {
                case REMOVED -> text.append(colour ? REMOVED + run.text() + RESET : "[-" + run.text() + "-]");
                case ADDED -> text.append(colour ? ADDED + run.text() + RESET : "{+" + run.text() + "+}");
                default -> text.append(run.text());
            }
        }
        return text.toString();
    }
}
