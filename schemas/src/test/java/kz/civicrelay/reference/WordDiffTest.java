package kz.civicrelay.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kz.civicrelay.reference.WordDiff.Change;
import kz.civicrelay.reference.WordDiff.Run;

class WordDiffTest {

    @Test
    void showsWordsRemovedAndAddedBetweenTwoKazakhRevisions() {
        List<Run> runs = WordDiff.between("Әлеуметтік жобаларға екі жыл қаржы бөлу.",
                "Әлеуметтік жобаларға үш жыл тұрақты қаржы бөлу.");

        assertThat(runs).containsExactly(new Run(Change.KEPT, "Әлеуметтік жобаларға "),
                new Run(Change.REMOVED, "екі"), new Run(Change.ADDED, "үш"), new Run(Change.KEPT, " жыл "),
                new Run(Change.ADDED, "тұрақты "), new Run(Change.KEPT, "қаржы бөлу."));
    }

    @Test
    void rebuildsBothTextsFromItsRuns() {
        String before = "Открыть онлайн-портал для НКО, до конца года.";
        String after = "Открыть единый онлайн-портал для НКО и СМИ.";

        List<Run> runs = WordDiff.between(before, after);

        assertThat(join(runs, Change.KEPT, Change.REMOVED)).isEqualTo(before);
        assertThat(join(runs, Change.KEPT, Change.ADDED)).isEqualTo(after);
        assertThat(runs).contains(new Run(Change.ADDED, "единый "));
        assertThat(WordDiff.tokens("онлайн-портал, Ғ-ұлы")).as("a hyphenated word is one word")
                .containsExactly("онлайн-портал", ",", " ", "Ғ-ұлы");
    }

    @Test
    void keepsEverythingWhenNothingChangedAndHandlesEmptyTexts() {
        assertThat(WordDiff.between("бір екі", "бір екі")).containsExactly(new Run(Change.KEPT, "бір екі"));
        assertThat(WordDiff.between("", "жаңа")).containsExactly(new Run(Change.ADDED, "жаңа"));
        assertThat(WordDiff.between("ескі", "")).containsExactly(new Run(Change.REMOVED, "ескі"));
    }

    private static String join(List<Run> runs, Change... kept) {
        List<Change> wanted = List.of(kept);
        return runs.stream().filter(r -> wanted.contains(r.change())).map(Run::text).collect(Collectors.joining());
    }
}
