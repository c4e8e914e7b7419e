package kz.civicrelay.console.board;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.reference.WordDiff;

/**
 * One revision of a recommendation: its number (1: as proposed), its text, who wrote it (the event's actor: name and
 * id) and when (the event's time).
 */
public record RevisionView(int revision, @Nullable Trilingual text, String by, String byId, String at) {

    /**
     * Two revisions side by side, and per language ({@code en}, {@code kk}, {@code ru}) the later text as runs of words
     * kept, removed and added: what resolution's {@code …/diff} answers.
     */
    public record Diff(RevisionView from, RevisionView to, Map<String, List<WordDiff.Run>> changes) {

        /**
         * Revisions {@code from} and {@code to} of {@code revisions} (the first first); {@code to} defaults to the
         * latest, {@code from} to the one before {@code to}. {@link NoSuchElementException} for a revision it lacks.
         */
        public static Diff of(List<RevisionView> revisions, @Nullable Integer from, @Nullable Integer to) {
            RevisionView later = find(revisions, to == null ? revisions.size() : to);
            RevisionView earlier = find(revisions, from == null ? Math.max(1, later.revision() - 1) : from);
            Map<String, List<WordDiff.Run>> changes = new TreeMap<>();
            Trilingual before = earlier.text();
            Trilingual after = later.text();
            if (before != null && after != null) {
                changes.put("kk", WordDiff.between(before.kk(), after.kk()));
                changes.put("ru", WordDiff.between(before.ru(), after.ru()));
                changes.put("en", WordDiff.between(before.en(), after.en()));
            }
            return new Diff(earlier, later, changes);
        }

        private static RevisionView find(List<RevisionView> revisions, int number) {
            return revisions.stream().filter(r -> r.revision() == number).findFirst().orElseThrow(
                    () -> new NoSuchElementException("No revision " + number + "; there are 1 to " + revisions.size()));
        }
    }
}
