package kz.civicrelay.resolution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import kz.civicrelay.reference.Trilingual;

class ResolutionMarkdownTest {

    private static final String FORUM = "ss-01-kz-33";

    private final ForumResolutions resolutions = new ForumResolutions();

    @Test
    void writesTheAdoptedAppealInKazakhWithItsVoteAndContentHash() {
        resolutions.forumScheduled(ForumResolutionsTest.forum(FORUM));
        resolutions.forumConvened(FORUM);
        given(resolutions.openDraft(FORUM));
        given(resolutions.chooseKind(FORUM, DocumentKind.APPEAL));
        Trilingual akimat = Trilingual.of("Облыс әкімдігі", "Акимат области", "Regional akimat");
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, akimat, Trilingual.of(
                "Жастарға *арналған* [орталық] ашу", "Открыть центр", "Open a centre"), null));
        given(resolutions.propose(FORUM, AddresseeKind.REGIONAL_AKIMAT, akimat, Trilingual.of(
                "1. Һәр тоқсан сайын есеп беру", "Отчитываться", "Report"), null));
        List<ResolutionEvent> adopted = resolutions.adopt(FORUM, new PlenaryVote(120, 110, 4, 6));
        given(adopted);
        String hash = ((ResolutionEvent.ResolutionAdopted) adopted.get(0)).contentHash();

        String md = ResolutionMarkdown.render(resolutions.resolutionOf(FORUM).orElseThrow(),
                ForumResolutionsTest.forum(FORUM), Language.KK);

        assertThat(md).isEqualTo("""
                # II Азаматтық форум үндеуі

                **ҚАБЫЛДАНДЫ 12.03.2027**

                - Құжат түрі: Үндеу
                - Өңір: Жетісу облысы
                - Тақырыбы: Жергілікті өзін-өзі басқару
                - Дауыс беру: жақтап 110, қарсы 4, қалыс қалған 6 \\(қатысқан 120\\)
                - Мазмұн хэші \\(SHA-256\\): `%s`

                ## Облыс әкімдігі

                1. Жастарға \\*арналған\\* \\[орталық\\] ашу
                2. 1\\. Һәр тоқсан сайын есеп беру
                """.formatted(hash));
    }

    private void given(List<ResolutionEvent> events) {
        events.forEach(event -> resolutions.apply(event, ForumResolutionsTest.BY));
    }
}
