package kz.civicrelay.console.board;

import static kz.civicrelay.console.ResolutionSamples.AKIMAT;
import static kz.civicrelay.console.ResolutionSamples.OPERATOR;
import static kz.civicrelay.console.ResolutionSamples.text;
import static kz.civicrelay.console.ResolutionSamples.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import kz.civicrelay.console.ResolutionSamples;
import kz.civicrelay.console.SampleEvents;
import kz.civicrelay.console.board.ResolutionView.Recommendation;
import kz.civicrelay.console.board.ResolutionView.RecommendationStatus;
import kz.civicrelay.reference.WordDiff.Change;
import kz.civicrelay.reference.WordDiff.Run;
import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.DocumentKind;
import kz.civicrelay.events.FollowUpStatus;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.platform.envelope.Envelopes;

/**
 * A forum's resolution as the console folds it from the log, as the resolution service would show it: the kind chosen,
 * duplicates merged, an addressee's items reordered, the plenary's votes item by item and on the whole text, the
 * adoption (its day in Kazakhstan), follow-up reports; and every revision with who and when, any two compared word by
 * word.
 */
class ResolutionFoldTest {

    static final LocalizedText MINISTRY = text("Ағарту министрлігі", "Министерство просвещения", "Ministry of Education");
    static final LocalizedText CENTRE = text("Жастар орталығын ашу", "Открыть молодёжный центр", "Open a youth centre");
    static final LocalizedText CENTRE_MERGED = text("Жастар үйін Талдықорғанда 2032 жылы ашу",
            "Открыть молодёжный дом в Талдыкоргане в 2032 году", "Open a youth house in Taldykorgan in 2032");

    private final SampleEvents forums = new SampleEvents("series-resolution");
    private final ResolutionSamples samples = new ResolutionSamples("series-resolution");
    private final RelayBoard board = new RelayBoard();
    private long offset;
    /** 23:30 UTC: already the next day in Kazakhstan. */
    private Instant now = Instant.parse("2031-04-01T23:30:00Z");

    @Test
    void shouldFoldTheDraftItsMergesOrderAndVotesAsResolutionShowsIt() {
        draftWithFourProposals();

        ResolutionView draft = board.resolutions().of(samples.forum(1)).orElseThrow();

        assertThat(draft.status()).isEqualTo(ResolutionView.Status.DRAFT);
        assertThat(draft.documentKind()).isEqualTo(DocumentKind.APPEAL);
        assertThat(draft.title().kk()).isEqualTo("Форум үндеуі");
        assertThat(draft.recommendations()).extracting(Recommendation::recommendationId)
                .as("rec-4 and rec-1 swapped in the places they held").containsExactly("rec-4", "rec-2", "rec-3", "rec-1");
        Recommendation merged = draft.recommendations().get(1);
        assertThat(merged.status()).isEqualTo(RecommendationStatus.MERGED);
        assertThat(merged.mergedInto()).isEqualTo("rec-1");
        assertThat(merged.inText()).isFalse();
        Recommendation votedDown = draft.recommendations().get(2);
        assertThat(votedDown.vote().carried()).isFalse();
        assertThat(votedDown.inText()).isFalse();
        Recommendation kept = draft.recommendations().get(3);
        assertThat(kept.revision()).isEqualTo(2);
        assertThat(kept.text().kk()).isEqualTo(CENTRE_MERGED.getKk());
        assertThat(kept.vote().carried()).isTrue();
        assertThat(kept.inText()).isTrue();
        assertThat(kept.followUp()).as("not adopted yet").isNull();
        assertThat(draft.adoptedAt()).isNull();
    }

    @Test
    void shouldShowTheAdoptionItsVoteHashAndDayAndEachItemsFollowUp() {
        draftWithFourProposals();
        adopt();
        apply(samples.progress(1, "rec-1", FollowUpStatus.IN_PROGRESS, LocalDate.of(2031, 5, 4), "Ғимарат таңдалды"));

        ResolutionView adopted = board.resolutions().of(samples.forum(1)).orElseThrow();

        assertThat(adopted.status()).isEqualTo(ResolutionView.Status.ADOPTED);
        assertThat(adopted.adoptedOn()).as("the day in Kazakhstan").isEqualTo("2031-04-02");
        assertThat(adopted.contentHash()).hasSize(64);
        assertThat(adopted.vote()).isEqualTo(new ResolutionView.Vote(40, 36, 1, 3, true));
        assertThat(adopted.recommendations()).extracting(Recommendation::inText)
                .containsExactly(true, false, false, true);
        assertThat(adopted.recommendations()).extracting(Recommendation::followUp)
                .containsExactly(FollowUpStatus.NOT_STARTED, null, null, FollowUpStatus.IN_PROGRESS);
    }

    @Test
    void shouldKeepEveryRevisionWithWhoAndWhenAndCompareAnyTwoWordByWord() {
        draftWithFourProposals();

        List<RevisionView> revisions = board.resolutions().revisions(samples.forum(1), "rec-1");
        assertThat(revisions).extracting(RevisionView::revision).containsExactly(1, 2);
        assertThat(revisions).extracting(RevisionView::by).containsExactly("Әлия Нұрланқызы", "Дана Әбішева");
        assertThat(revisions.get(0).text().kk()).isEqualTo("Жастар орталығын ашу");

        RevisionView.Diff diff = board.resolutions().diff(samples.forum(1), "rec-1", null, null);
        assertThat(diff.from().revision()).isEqualTo(1);
        assertThat(diff.to().revision()).isEqualTo(2);
        assertThat(diff.changes().keySet()).containsExactly("en", "kk", "ru");
        List<Run> kk = diff.changes().get("kk");
        assertThat(joined(kk, Change.KEPT, Change.REMOVED)).isEqualTo(CENTRE.getKk());
        assertThat(joined(kk, Change.KEPT, Change.ADDED)).isEqualTo(CENTRE_MERGED.getKk());
        assertThat(joined(kk, Change.REMOVED)).isEqualTo("орталығын");
        assertThat(joined(kk, Change.ADDED)).contains("үйін", "Талдықорғанда 2032 жылы");
        assertThat(joined(diff.changes().get("en"), Change.REMOVED)).isEqualTo("centre");
        assertThat(board.resolutions().diff(samples.forum(1), "rec-1", 2, 2).changes().get("ru"))
                .containsExactly(new Run(Change.KEPT, CENTRE_MERGED.getRu()));

        assertThatThrownBy(() -> board.resolutions().diff(samples.forum(1), "rec-1", 1, 3))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("No revision 3");
        assertThatThrownBy(() -> board.resolutions().revisions(samples.forum(1), "rec-9"))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> board.resolutions().revisions(samples.forum(2), "rec-1"))
                .isInstanceOf(NoSuchElementException.class);
    }

    /**
     * Forum 1's appeal (KZ-33): rec-1 and rec-2 to the akimat (rec-2 merged into rec-1, which gets the merged text
     * from an operator), rec-3 to the ministry (voted down), rec-4 to the akimat, put before rec-1; rec-1 carried.
     */
    void draftWithFourProposals() {
        apply(forums.planned());
        apply(forums.scheduled(1));
        apply(samples.draftOpened(1));
        apply(samples.appealChosen(1));
        apply(samples.proposed(1, "rec-1", AddresseeKind.REGIONAL_AKIMAT, AKIMAT, CENTRE));
        apply(samples.proposed(1, "rec-2", AddresseeKind.REGIONAL_AKIMAT, AKIMAT, text("Орталық ашу",
                "Открыть центр", "Open a centre")));
        apply(samples.proposed(1, "rec-3", AddresseeKind.MINISTRY, MINISTRY, text("Оқулықтарды жаңарту",
                "Обновить учебники", "Renew the textbooks")));
        apply(samples.proposed(1, "rec-4", AddresseeKind.REGIONAL_AKIMAT, AKIMAT, text("Саябақ салу",
                "Построить парк", "Build a park")));
        apply(samples.withdrawn(1, "rec-2", "rec-1"));
        apply(samples.amended(1, "rec-1", 2, CENTRE_MERGED, OPERATOR));
        apply(samples.reordered(1, List.of("rec-4", "rec-1")));
        apply(samples.voted(1, "rec-3", vote(10, 25, 5)));
        apply(samples.voted(1, "rec-1", vote(33, 2, 5)));
    }

    void adopt() {
        apply(samples.adopted(1, DocumentKind.APPEAL, vote(36, 1, 3), List.of(
                ResolutionSamples.adopted("rec-4", AddresseeKind.REGIONAL_AKIMAT, AKIMAT, text("Саябақ салу",
                        "Построить парк", "Build a park"), 1),
                ResolutionSamples.adopted("rec-1", AddresseeKind.REGIONAL_AKIMAT, AKIMAT, CENTRE_MERGED, 2))));
    }

    /** Reads one event as a live console does, a second after the one before. */
    void apply(SpecificRecord event) {
        now = now.plusSeconds(1);
        Envelopes.of(event).setOccurredAt(now);
        String topic = event.getSchema().getName().startsWith("Re") ? "relay.resolution" : "relay.scheduling";
        board.apply(topic, 0, offset++, event);
    }

    /** The runs of the given kinds, joined. */
    static String joined(List<Run> runs, Change... kinds) {
        List<Change> wanted = List.of(kinds);
        return runs.stream().filter(r -> wanted.contains(r.change())).map(Run::text).reduce("", String::concat);
    }
}
