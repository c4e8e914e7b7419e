package kz.civicrelay.resolution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

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

    private final ForumResolutions resolutions = new ForumResolutions();

    @Test
    void shouldOpenTheDraftWithATrilingualTitleWhenTheForumConvenes() {
        givenConvened(FORUM);

        List<ResolutionEvent> events = resolutions.openDraft(FORUM);

        assertThat(events).containsExactly(new DraftOpened("ss", FORUM, "res-" + FORUM, Trilingual.of(
                "II Азаматтық форум қарары", "Резолюция: II Гражданский форум", "Resolution of II Civil Forum")));
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

        assertThatThrownBy(() -> resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("convenes");
    }

    @Test
    void shouldNumberProposalsInTheOrderTheyArrive() {
        givenDraft(FORUM);

        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT));
        List<ResolutionEvent> second = resolutions.propose(FORUM, AddresseeKind.PUBLIC_COUNCILS, AKIMAT, TEXT);

        assertThat(((RecommendationProposed) second.get(0)).recommendationId()).isEqualTo("rec-2");
    }

    @Test
    void shouldRaiseTheRevisionWithEachAmendment() {
        givenDraft(FORUM);
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT));

        given(resolutions.amend(FORUM, "rec-1", TEXT));
        List<ResolutionEvent> third = resolutions.amend(FORUM, "rec-1", TEXT);
        given(third);

        assertThat(((RecommendationAmended) third.get(0)).revision()).isEqualTo(3);
        assertThat(resolutions.resolutionOf(FORUM).orElseThrow().recommendation("rec-1").revision()).isEqualTo(3);
    }

    @Test
    void shouldRefuseToAmendOrWithdrawAWithdrawnRecommendation() {
        givenDraft(FORUM);
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT));
        given(resolutions.withdraw(FORUM, "rec-1", "  duplicate  "));

        assertThatThrownBy(() -> resolutions.amend(FORUM, "rec-1", TEXT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> resolutions.withdraw(FORUM, "rec-1", null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRecordTheReasonOfAWithdrawalStripped() {
        givenDraft(FORUM);
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT));

        assertThat(resolutions.withdraw(FORUM, "rec-1", "  duplicate  ")).containsExactly(
                new RecommendationWithdrawn(FORUM, "res-" + FORUM, "rec-1", "duplicate"));
    }

    @Test
    void shouldReportAnUnknownRecommendationAsNotFound() {
        givenDraft(FORUM);

        assertThatThrownBy(() -> resolutions.amend(FORUM, "rec-7", TEXT)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void shouldAdoptOnlyTheActiveRecommendationsInProposalOrder() {
        givenDraft(FORUM);
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT));
        given(resolutions.propose(FORUM, AddresseeKind.MEDIA, AKIMAT, TEXT));
        given(resolutions.propose(FORUM, AddresseeKind.NGOS, AKIMAT, TEXT));
        given(resolutions.withdraw(FORUM, "rec-2", null));

        List<ResolutionEvent> events = resolutions.adopt(FORUM);

        assertThat(((ResolutionAdopted) events.get(0)).recommendationIds()).containsExactly("rec-1", "rec-3");
    }

    @Test
    void shouldRefuseToAdoptWithoutAnActiveRecommendation() {
        givenDraft(FORUM);
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT));
        given(resolutions.withdraw(FORUM, "rec-1", null));

        assertThatThrownBy(() -> resolutions.adopt(FORUM)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no active recommendation");
    }

    @Test
    void shouldRefuseEveryChangeOnceAdopted() {
        givenDraft(FORUM);
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, TEXT));
        given(resolutions.adopt(FORUM));

        assertThat(resolutions.resolutionOf(FORUM).orElseThrow().status()).isEqualTo(ResolutionStatus.ADOPTED);
        assertThatThrownBy(() -> resolutions.adopt(FORUM)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> resolutions.propose(FORUM, AddresseeKind.MEDIA, AKIMAT, TEXT))
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

    static ScheduledForum forum(String forumId) {
        return new ScheduledForum(forumId, "ss", "KZ-33",
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
        events.forEach(resolutions::apply);
    }
}
