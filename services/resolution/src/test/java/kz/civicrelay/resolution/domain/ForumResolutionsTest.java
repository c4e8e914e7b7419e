package kz.civicrelay.resolution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.civicrelay.platform.testing.ReplayOrders;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.resolution.domain.ResolutionEvent.DraftOpened;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationAmended;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationProposed;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationWithdrawn;
import kz.civicrelay.resolution.domain.ResolutionEvent.ResolutionAdopted;

class ForumResolutionsTest {

    private static final String FORUM = "ss-01-kz-33";
    private static final Trilingual AKIMAT = Trilingual.of("Жетісу облысының әкімдігі", "Акимат области Жетісу",
            "Akimat of Jetisu Region");
    private static final Trilingual TEXT = Trilingual.of("Әлеуметтік жобаларды үш жыл қаржыландыру",
            "Финансировать социальные проекты три года", "Fund social projects for three years");

    /** Who recorded the events the tests fold, and when. */
    static final Authorship BY = new Authorship("editor-kz-33", "Айгерім Editor", Instant.parse("2027-03-12T06:00:00Z"));

    private final ForumResolutions resolutions = new ForumResolutions();

    @Test
    void shouldOpenTheDraftWithATrilingualTitleWhenTheForumConvenes() {
        givenConvened(FORUM);

        List<ResolutionEvent> events = resolutions.openDraft(FORUM);

        assertThat(events).containsExactly(new DraftOpened("ss", FORUM, "res-" + FORUM, Trilingual.of(
                "II Азаматтық форум қарары", "Резолюция: II Гражданский форум", "Resolution of II Civil Forum"), DocumentKind.RESOLUTION));
    }

    @Test
    void shouldOpenNothingWhenTheDraftIsAlreadyOpen() {
        givenDraft(FORUM);

        assertThat(resolutions.openDraft(FORUM)).as("a repeated ForumConvened opens nothing twice").isEmpty();
    }

    @Test
    void shouldRefuseToOpenADraftForAnUnknownForum() {
        assertThatThrownBy(() -> resolutions.openDraft("ss-09-kz-10")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void shouldRefuseAProposalBeforeTheForumConvenes() {
        resolutions.forumScheduled(forum(FORUM));

        assertThatThrownBy(() -> resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("convenes");
    }

    @Test
    void shouldNumberProposalsInTheOrderTheyArrive() {
        givenDraft(FORUM);

        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT, null));
        List<ResolutionEvent> second = resolutions.propose(FORUM, AddresseeKind.PUBLIC_COUNCILS, AKIMAT, TEXT, null);

        assertThat(((RecommendationProposed) second.get(0)).recommendationId()).isEqualTo("rec-2");
    }

    @Test
    void shouldRaiseTheRevisionWithEachAmendment() {
        givenDraft(FORUM);
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT, null));

        given(resolutions.amend(FORUM, "rec-1", PlenaryAndMergingTest.text("екінші")));
        List<ResolutionEvent> third = resolutions.amend(FORUM, "rec-1", PlenaryAndMergingTest.text("үшінші"));
        given(third);

        assertThat(((RecommendationAmended) third.get(0)).revision()).isEqualTo(3);
        assertThat(resolutions.resolutionOf(FORUM).orElseThrow().recommendation("rec-1").revision()).isEqualTo(3);
    }

    @Test
    void shouldRefuseToAmendOrWithdrawAWithdrawnRecommendation() {
        givenDraft(FORUM);
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT, null));
        given(resolutions.withdraw(FORUM, "rec-1", "  duplicate  "));

        assertThatThrownBy(() -> resolutions.amend(FORUM, "rec-1", TEXT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> resolutions.withdraw(FORUM, "rec-1", null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRecordTheReasonOfAWithdrawalStripped() {
        givenDraft(FORUM);
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT, null));

        assertThat(resolutions.withdraw(FORUM, "rec-1", "  duplicate  ")).containsExactly(
                new RecommendationWithdrawn(FORUM, "res-" + FORUM, "rec-1", "duplicate", null));
    }

    @Test
    void shouldReportAnUnknownRecommendationAsNotFound() {
        givenDraft(FORUM);

        assertThatThrownBy(() -> resolutions.amend(FORUM, "rec-7", TEXT)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void shouldAdoptOnlyTheActiveRecommendationsInProposalOrder() {
        givenDraft(FORUM);
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT, null));
        given(resolutions.propose(FORUM, AddresseeKind.MEDIA, AKIMAT, TEXT, null));
        given(resolutions.propose(FORUM, AddresseeKind.NGOS, AKIMAT, TEXT, null));
        given(resolutions.withdraw(FORUM, "rec-2", null));

        List<ResolutionEvent> events = resolutions.adopt(FORUM, null);

        assertThat(((ResolutionAdopted) events.get(0)).recommendationIds()).containsExactly("rec-1", "rec-3");
    }

    @Test
    void shouldRecordTheAdoptedTextsHashAndItsRecommendationsPerKindOfAddressee() {
        givenDraft(FORUM);
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT, null));
        given(resolutions.propose(FORUM, AddresseeKind.MEDIA, AKIMAT, TEXT, null));
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT, null));
        given(resolutions.withdraw(FORUM, "rec-2", null));
        AdoptedText expected = AdoptedText.of(resolutions.resolutionOf(FORUM).orElseThrow());

        ResolutionAdopted adopted = (ResolutionAdopted) resolutions.adopt(FORUM, null).get(0);

        assertThat(adopted.contentHash()).isEqualTo(expected.contentHash()).matches("[0-9a-f]{64}");
        assertThat(adopted.recommendationsByAddressee()).as("the withdrawn one to the media not counted")
                .isEqualTo(java.util.Map.of(AddresseeKind.REGIONAL_AKIMAT, 2));
        given(List.of(adopted));
        assertThat(AdoptedText.of(resolutions.resolutionOf(FORUM).orElseThrow()).contentHash())
                .as("the adopted resolution recomputes the recorded hash").isEqualTo(adopted.contentHash());
    }

    @Test
    void shouldRefuseToAdoptWithoutAnActiveRecommendation() {
        givenDraft(FORUM);
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT, null));
        given(resolutions.withdraw(FORUM, "rec-1", null));

        assertThatThrownBy(() -> resolutions.adopt(FORUM, null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no recommendation to adopt");
    }

    @Test
    void shouldRefuseEveryChangeOnceAdopted() {
        givenDraft(FORUM);
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT, null));
        given(resolutions.adopt(FORUM, null));

        assertThat(resolutions.resolutionOf(FORUM).orElseThrow().status()).isEqualTo(ResolutionStatus.ADOPTED);
        assertThatThrownBy(() -> resolutions.adopt(FORUM, null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> resolutions.propose(FORUM, AddresseeKind.MEDIA, AKIMAT, TEXT, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already adopted");
        assertThatThrownBy(() -> resolutions.amend(FORUM, "rec-1", TEXT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> resolutions.withdraw(FORUM, "rec-1", null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRejectAnUnknownAddresseeKind() {
        assertThatThrownBy(() -> AddresseeKind.of("KING")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REGIONAL_AKIMAT");
    }

    @ParameterizedTest
    @MethodSource("replayOrders")
    void listsRecommendationsInTheOrderTheyWereProposedWhateverOrderTheirEventsArrive(
            UnaryOperator<List<ResolutionEvent>> replay) {
        // Given eleven proposals (rec-10 and rec-11 among them), folded in a replay's order, and one withdrawn
        givenDraft(FORUM);
        List<ResolutionEvent> proposed = IntStream.rangeClosed(1, 11).<ResolutionEvent>mapToObj(n ->
                new RecommendationProposed(FORUM, "res-" + FORUM, "rec-" + n, AddresseeKind.NGOS, AKIMAT, TEXT, null))
                .toList();

        // When they are folded in a replay's order, then the withdrawal that came after them
        given(replay.apply(proposed));
        given(List.of(new RecommendationWithdrawn(FORUM, "res-" + FORUM, "rec-2", null, null)));

        // Then they are listed by number, and adopted in that order
        Resolution draft = resolutions.resolutionOf(FORUM).orElseThrow();
        List<String> byNumber = IntStream.rangeClosed(1, 11).mapToObj(n -> "rec-" + n).toList();
        assertThat(draft.recommendations()).extracting(Recommendation::recommendationId)
                .containsExactlyElementsOf(byNumber);
        assertThat(draft.activeRecommendations()).extracting(Recommendation::recommendationId)
                .containsExactlyElementsOf(byNumber.stream().filter(id -> !id.equals("rec-2")).toList());
        assertThat(((ResolutionAdopted) resolutions.adopt(FORUM, null).get(0)).recommendationIds())
                .containsExactlyElementsOf(byNumber.stream().filter(id -> !id.equals("rec-2")).toList());
    }

    @Test
    void listsARecommendationWhoseIdHasNoNumberAfterTheNumberedOnes() {
        // Given a draft
        givenDraft(FORUM);

        // When recommendations with ids of another form are folded before numbered ones
        given(List.of(proposal("draft-b"), proposal("rec-2"), proposal("draft-a"), proposal("rec-1")));

        // Then the numbered ones come first, by number, then the others by id
        assertThat(resolutions.resolutionOf(FORUM).orElseThrow().recommendations())
                .extracting(Recommendation::recommendationId)
                .containsExactly("rec-1", "rec-2", "draft-a", "draft-b");
    }

    /** The orders a replay may bring events in: as written, reversed, shuffled, partition after partition. */
    static Stream<Named<UnaryOperator<List<ResolutionEvent>>>> replayOrders() {
        return ReplayOrders.all(20260312L);
    }

    private static RecommendationProposed proposal(String recommendationId) {
        return new RecommendationProposed(FORUM, "res-" + FORUM, recommendationId, AddresseeKind.MEDIA, AKIMAT, TEXT,
                null);
    }

    static ScheduledForum forum(String forumId) {
        return new ScheduledForum(forumId, "ss", 1, "KZ-33",
                Trilingual.of("II Азаматтық форум", "II Гражданский форум", "II Civil Forum"),
                Trilingual.of("Жергілікті өзін-өзі басқару", "Местное самоуправление", "Local self-government"));
    }

    private void givenConvened(String forumId) {
        resolutions.forumScheduled(forum(forumId));
        resolutions.forumConvened(forumId);
    }

    private void givenDraft(String forumId) {
        givenConvened(forumId);
        given(resolutions.openDraft(forumId));
    }

    private void given(List<ResolutionEvent> events) {
        events.forEach(event -> resolutions.apply(event, BY));
    }
}
