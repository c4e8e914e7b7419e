package kz.civicrelay.forumctl.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.forumctl.resolution.WordDiffText.Change;
import kz.civicrelay.forumctl.resolution.WordDiffText.Run;
import picocli.CommandLine.Help.Ansi;

/** How a word diff reads: coloured on a terminal, marked as git's plain word diff marks it otherwise. */
class WordDiffTextTest {

    private static final List<Run> RUNS = List.of(new Run(Change.KEPT, "Әлеуметтік жобаларды "),
            new Run(Change.REMOVED, "үш"), new Run(Change.ADDED, "бес"), new Run(Change.KEPT, " жыл бойы қаржыландыру"));

    @Test
    void marksRemovedAndAddedWordsLikeGitsPlainWordDiffWithoutColour() {
        assertThat(WordDiffText.render(RUNS, false))
                .isEqualTo("Әлеуметтік жобаларды [-үш-]{+бес+} жыл бойы қаржыландыру");
    }

    @Test
    void coloursRemovedWordsRedAndStruckThroughAndAddedOnesGreenWithoutMarks() {
        assertThat(WordDiffText.render(RUNS, true)).isEqualTo("Әлеуметтік жобаларды \u001B[31;9mүш\u001B[0m"
                + "\u001B[32mбес\u001B[0m жыл бойы қаржыландыру");
    }

    @Test
    void coloursOnlyWhereTheTerminalAllowsItAndNeverWithNoColor() {
        assertThat(WordDiffText.colour(false, Ansi.ON)).isTrue();
        assertThat(WordDiffText.colour(false, Ansi.OFF)).isFalse();
        assertThat(WordDiffText.colour(true, Ansi.ON)).isFalse();
    }

    @Test
    void readsTheRunsOfTheApiKeepingAnUnknownChangeAsKept() throws Exception {
        var changes = new ObjectMapper().readTree("""
                [{"change":"KEPT","text":"Кеңес "},{"change":"REMOVED","text":"отырыстарын"},
                 {"change":"ADDED","text":"жиналыстарын"},{"change":"MOVED","text":" онлайн"}]""");

        assertThat(WordDiffText.runs(changes)).containsExactly(new Run(Change.KEPT, "Кеңес "),
                new Run(Change.REMOVED, "отырыстарын"), new Run(Change.ADDED, "жиналыстарын"),
                new Run(Change.KEPT, " онлайн"));
    }
}
