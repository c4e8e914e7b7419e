package kz.civicrelay.resolution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.resolution.domain.ResolutionEvent.KindChosen;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationAmended;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationVoted;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationWithdrawn;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationsReordered;
import kz.civicrelay.resolution.domain.ResolutionEvent.ResolutionAdopted;

/** The kind of document, merging, reordering, the plenary's votes and the frozen adopted text. */
class PlenaryAndMergingTest {

    private static final String FORUM = "ss-01-kz-33";
    private static final Trilingual AKIMAT = Trilingual.of("Жетісу облысының әкімдігі", "Акимат области Жетісу",
            "Akimat of Jetisu Region");
    private static final Trilingual MINISTRY = Trilingual.of("Мәдениет және ақпарат министрлігі",
            "Министерство культуры и информации", "Ministry of Culture and Information");

    private final ForumResolutions resolutions = new ForumResolutions();

    @Test
    void choosesAnAppealWhileNothingIsProposedAndTitlesItSo() {
        givenDraft();

        List<ResolutionEvent> chosen = resolutions.chooseKind(FORUM, DocumentKind.APPEAL);
        given(chosen);

        assertThat(chosen).containsExactly(new KindChosen(FORUM, "res-" + FORUM, DocumentKind.APPEAL, Trilingual.of(
                "II Азаматтық форум үндеуі", "Обращение: II Гражданский форум", "Appeal of II Civil Forum")));
        assertThat(draft().kind()).isEqualTo(DocumentKind.APPEAL);
        assertThat(resolutions.chooseKind(FORUM, DocumentKind.APPEAL)).as("the same kind again").isEmpty();
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "бір"));
        assertThatThrownBy(() -> resolutions.chooseKind(FORUM, DocumentKind.RESOLUTION))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 recommendation");
        assertThatThrownBy(() -> DocumentKind.of("MANIFESTO")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("APPEAL");
    }

    @Test
    void mergesADuplicateIntoTheOneKeptWithTheMergedTextAsItsNextRevision() {
        givenDraft();
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "жастар орталығын ашу"));
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "жастар үшін орталық ашу"));
        Trilingual merged = text("аудан сайын жастар орталығын ашу");

        List<ResolutionEvent> events = resolutions.merge(FORUM, "rec-1", FORUM, "rec-2", merged);
        given(events);

        assertThat(events).containsExactly(
                new RecommendationWithdrawn(FORUM, "res-" + FORUM, "rec-2", "Merged into rec-1", "rec-1"),
                new RecommendationAmended(FORUM, "res-" + FORUM, "rec-1", 2, merged));
        assertThat(draft().recommendation("rec-2").status()).isEqualTo(RecommendationStatus.MERGED);
        assertThat(draft().recommendation("rec-2").mergedInto()).isEqualTo("rec-1");
        assertThat(draft().inText()).extracting(Recommendation::recommendationId).containsExactly("rec-1");
        assertThat(draft().revisions("rec-1")).extracting(Revision::revision).containsExactly(1, 2);
        assertThatThrownBy(() -> resolutions.amend(FORUM, "rec-2", merged)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("merged into rec-1");
    }

    @Test
    void mergesWithoutANewRevisionWhenNoTextOrTheSameTextIsGiven() {
        givenDraft();
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "бір"));
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "екі"));

        assertThat(resolutions.merge(FORUM, "rec-1", FORUM, "rec-2", null)).hasSize(1);
        assertThat(resolutions.merge(FORUM, "rec-1", FORUM, "rec-2", text("бір"))).hasSize(1);
    }

    @Test
    void refusesToMergeAcrossForumsIntoItselfOrAcrossAddressees() {
        givenDraft();
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "бір"));
        given(propose(AddresseeKind.MINISTRY, MINISTRY, "екі"));

        assertThatThrownBy(() -> resolutions.merge(FORUM, "rec-1", "ss-02-kz-75", "rec-1", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("within one forum");
        assertThatThrownBy(() -> resolutions.merge(FORUM, "rec-1", FORUM, "rec-1", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itself");
        assertThatThrownBy(() -> resolutions.merge(FORUM, "rec-1", FORUM, "rec-2", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Only duplicates");
        assertThatThrownBy(() -> resolutions.merge(FORUM, "rec-1", FORUM, "rec-9", null))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void reordersWithinOneAddresseeAndKeepsTheOthersInPlace() {
        givenDraft();
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "бір"));
        given(propose(AddresseeKind.MINISTRY, MINISTRY, "екі"));
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "үш"));
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "төрт"));

        List<ResolutionEvent> events = resolutions.reorder(FORUM, List.of("rec-4", "rec-1", "rec-3"));
        given(events);

        assertThat(events).containsExactly(new RecommendationsReordered(FORUM, "res-" + FORUM,
                List.of("rec-4", "rec-1", "rec-3")));
        assertThat(draft().recommendations()).extracting(Recommendation::recommendationId)
                .containsExactly("rec-4", "rec-2", "rec-1", "rec-3");
        assertThat(resolutions.reorder(FORUM, List.of("rec-4", "rec-1", "rec-3"))).as("the same order").isEmpty();
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "бес"));
        assertThat(draft().recommendations()).extracting(Recommendation::recommendationId)
                .as("a later proposal comes last").containsExactly("rec-4", "rec-2", "rec-1", "rec-3", "rec-5");
    }

    @Test
    void refusesAReorderingThatIsNotExactlyOneAddresseesActiveRecommendations() {
        givenDraft();
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "бір"));
        given(propose(AddresseeKind.MINISTRY, MINISTRY, "екі"));
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "үш"));

        assertThatThrownBy(() -> resolutions.reorder(FORUM, List.of("rec-3"))).hasMessageContaining("[rec-1, rec-3]");
        assertThatThrownBy(() -> resolutions.reorder(FORUM, List.of("rec-3", "rec-2")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> resolutions.reorder(FORUM, List.of("rec-3", "rec-3")))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> resolutions.reorder(FORUM, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void votesItemByItemAndLeavesARecommendationNotCarriedOutOfTheAdoptedText() {
        givenDraft();
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "бір"));
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "екі"));
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "үш"));

        List<ResolutionEvent> carried = resolutions.vote(FORUM, "rec-1", new PlenaryVote(120, 100, 12, 8));
        List<ResolutionEvent> lost = resolutions.vote(FORUM, "rec-2", new PlenaryVote(120, 40, 40, 40));
        given(carried);
        given(lost);

        assertThat(((RecommendationVoted) carried.get(0)).carried()).isTrue();
        assertThat(((RecommendationVoted) lost.get(0)).carried()).as("a tie is not carried").isFalse();
        assertThatThrownBy(() -> resolutions.vote(FORUM, "rec-1", new PlenaryVote(1, 1, 0, 0)))
                .hasMessageContaining("voted on");
        assertThatThrownBy(() -> resolutions.amend(FORUM, "rec-1", text("жаңа")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("voted on");
        PlenaryVote whole = new PlenaryVote(118, 110, 2, 6);
        ResolutionAdopted adopted = (ResolutionAdopted) resolutions.adopt(FORUM, whole).get(0);
        assertThat(adopted.recommendationIds()).containsExactly("rec-1", "rec-3");
        assertThat(adopted.adopted()).extracting(Recommendation::recommendationId).containsExactly("rec-1", "rec-3");
        assertThat(adopted.vote()).isEqualTo(whole);
        given(List.of(adopted));
        assertThat(draft().adoption().orElseThrow().vote()).isEqualTo(whole);
        assertThat(draft().inText()).extracting(Recommendation::recommendationId).containsExactly("rec-1", "rec-3");
    }

    @Test
    void refusesVotesThatDoNotAddUpAndAWholeTextNotCarried() {
        assertThatThrownBy(() -> new PlenaryVote(100, 50, 30, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("do not add up");
        assertThatThrownBy(() -> new PlenaryVote(10, 12, -2, 0)).hasMessageContaining("negative");
        assertThatThrownBy(() -> new PlenaryVote(0, 0, 0, 0)).hasMessageContaining("present");
        assertThatThrownBy(() -> new PlenaryVote(100_001, 100_001, 0, 0)).hasMessageContaining("present");
        assertThat(new PlenaryVote(100_000, 100_000, 0, 0).carried()).isTrue();
        assertThat(new PlenaryVote(3, 1, 0, 2).carried()).as("abstentions count for neither side").isTrue();
        givenDraft();
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "бір"));

        assertThatThrownBy(() -> resolutions.adopt(FORUM, new PlenaryVote(10, 4, 5, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not carried");
        assertThat(draft().status()).isEqualTo(ResolutionStatus.DRAFT);
    }

    @Test
    void refusesToAdoptADraftWhoseEveryRecommendationWasVotedDown() {
        givenDraft();
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "бір"));
        given(resolutions.vote(FORUM, "rec-1", new PlenaryVote(10, 2, 8, 0)));

        assertThatThrownBy(() -> resolutions.adopt(FORUM, null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no recommendation to adopt");
    }

    @Test
    void freezesTheAdoptedTextUnderItsHash() {
        givenDraft();
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "бір"));
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "екі"));
        ResolutionAdopted adopted = (ResolutionAdopted) resolutions.adopt(FORUM, null).get(0);
        given(List.of(adopted));

        assertThat(draft().adoption().orElseThrow().contentHash()).isEqualTo(adopted.contentHash());
        assertThat(AdoptedText.of(draft()).contentHash()).isEqualTo(adopted.contentHash());
        for (Runnable change : List.<Runnable>of(() -> resolutions.amend(FORUM, "rec-1", text("жаңа")),
                () -> resolutions.withdraw(FORUM, "rec-1", null),
                () -> resolutions.merge(FORUM, "rec-1", FORUM, "rec-2", null),
                () -> resolutions.reorder(FORUM, List.of("rec-2", "rec-1")),
                () -> resolutions.vote(FORUM, "rec-1", new PlenaryVote(1, 1, 0, 0)),
                () -> resolutions.chooseKind(FORUM, DocumentKind.APPEAL),
                () -> resolutions.propose(FORUM, AddresseeKind.MEDIA, AKIMAT, text("үш"), null))) {
            assertThatThrownBy(change::run).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(adopted.contentHash());
        }
    }

    @Test
    void keepsEveryRevisionWithWhoAndWhen() {
        givenDraft();
        given(propose(AddresseeKind.REGIONAL_AKIMAT, AKIMAT, "бір"));
        Authorship later = new Authorship("operator-1", "Оператор", ForumResolutionsTest.BY.at().plusSeconds(60));
        resolutions.amend(FORUM, "rec-1", text("бір екі")).forEach(e -> resolutions.apply(e, later));

        assertThat(draft().revisions("rec-1")).containsExactly(
                new Revision(1, text("бір"), ForumResolutionsTest.BY), new Revision(2, text("бір екі"), later));
        assertThat(resolutions.amend(FORUM, "rec-1", text("бір екі"))).as("the same text again").isEmpty();
    }

    @Test
    void refusesAnUnknownRegionOfTheAddressee() {
        givenDraft();

        assertThatThrownBy(() -> resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, text("бір"),
                "KZ-99")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KZ-99");
        assertThat(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, text("бір"), "KZ-33"))
                .hasSize(1);
    }

    static Trilingual text(String kk) {
        return Trilingual.of(kk, "ru: " + kk, "en: " + kk);
    }

    private List<ResolutionEvent> propose(AddresseeKind kind, Trilingual addressee, String kk) {
        return resolutions.propose(FORUM, kind, addressee, text(kk), null);
    }

    private Resolution draft() {
        return resolutions.resolutionOf(FORUM).orElseThrow();
    }

    private void givenDraft() {
        resolutions.forumScheduled(ForumResolutionsTest.forum(FORUM));
        resolutions.forumConvened(FORUM);
        given(resolutions.openDraft(FORUM));
    }

    private void given(List<ResolutionEvent> events) {
        events.forEach(event -> resolutions.apply(event, ForumResolutionsTest.BY));
    }
}
