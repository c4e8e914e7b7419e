package kz.civicrelay.resolution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import kz.civicrelay.reference.Trilingual;

class ResolutionTextTest {

    private static final String FORUM = "ss-01-kz-33";
    private static final Trilingual AKIMAT = Trilingual.of("Облыс әкімдігі", "Акимат области", "Regional akimat");
    private static final Trilingual COUNCILS = Trilingual.of("Қоғамдық кеңестер", "Общественные советы",
            "Public councils");

    private final ForumResolutions resolutions = new ForumResolutions();

    @Test
    void shouldRenderADraftInKazakhWithRecommendationsGroupedByAddressee() {
        givenDraftWithThreeProposalsAndOneWithdrawn();

        String text = render(Language.KK);

        assertThat(text).isEqualTo("""
                II Азаматтық форум қарары
                ЖОБА (әлі қабылданған жоқ)
                Құжат түрі: Қарар
                Өңір: Жетісу облысы
                Тақырыбы: Жергілікті өзін-өзі басқару

                Облыс әкімдігі
                  1. Әлеуметтік жобаларға үш жылдық қаржы бөлу
                  2. Үкіметтік емес ұйымдарға арналған онлайн-портал ашу

                Қоғамдық кеңестер
                  1. Һәр тоқсан сайын есеп беру
                """);
    }

    @Test
    void shouldMarkAnAdoptedResolutionInEnglish() {
        givenDraftWithThreeProposalsAndOneWithdrawn();
        given(resolutions.adopt(FORUM, null));

        String text = render(Language.EN);

        assertThat(text).startsWith("Resolution of II Civil Forum\nADOPTED 12.03.2027\nDocument: Resolution\nRegion: Jetisu Region\n")
                .contains("Regional akimat\n  1. Fund social projects for three years\n  2. Open an online portal")
                .doesNotContain("withdrawn idea");
    }

    @Test
    void shouldSaySoWhenTheDraftHasNoRecommendationYet() {
        resolutions.forumScheduled(ForumResolutionsTest.forum(FORUM));
        resolutions.forumConvened(FORUM);
        given(resolutions.openDraft(FORUM));

        assertThat(render(Language.RU)).contains("ПРОЕКТ").endsWith("\nРекомендаций пока нет.\n");
    }

    @Test
    void shouldRejectALanguageOtherThanKazakhRussianOrEnglish() {
        assertThat(Language.of("ru")).isEqualTo(Language.RU);
        assertThatThrownBy(() -> Language.of("de")).isInstanceOf(IllegalArgumentException.class);
    }

    private void givenDraftWithThreeProposalsAndOneWithdrawn() {
        resolutions.forumScheduled(ForumResolutionsTest.forum(FORUM));
        resolutions.forumConvened(FORUM);
        given(resolutions.openDraft(FORUM));
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, Trilingual.of(
                "Әлеуметтік жобаларға үш жылдық қаржы бөлу", "Финансировать социальные проекты три года",
                "Fund social projects for three years"), null));
        given(resolutions.propose(FORUM, AddresseeKind.PUBLIC_COUNCILS, COUNCILS, Trilingual.of(
                "Һәр тоқсан сайын есеп беру", "Отчитываться ежеквартально", "Report every quarter"), null));
        given(resolutions.propose(FORUM, AddresseeKind.OTHER, COUNCILS, Trilingual.of(
                "алынып тасталған ой", "отозванная идея", "withdrawn idea"), null));
        given(resolutions.withdraw(FORUM, "rec-3", null));
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, Trilingual.of(
                "Үкіметтік емес ұйымдарға арналған онлайн-портал ашу", "Открыть онлайн-портал для НКО",
                "Open an online portal for NGOs"), null));
    }

    private String render(Language language) {
        return ResolutionText.render(resolutions.resolutionOf(FORUM).orElseThrow(), ResolutionTextTest.forum(),
                language);
    }

    private static ScheduledForum forum() {
        return ForumResolutionsTest.forum(FORUM);
    }

    private void given(java.util.List<ResolutionEvent> events) {
        events.forEach(event -> resolutions.apply(event, ForumResolutionsTest.BY));
    }
}
