package kz.civicrelay.resolution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.resolution.domain.ResolutionEvent.ProgressReported;

/** What became of adopted recommendations: reports, the series-wide table, the open items of earlier forums. */
class FollowUpTest {

    private static final String FIRST = "ss-01-kz-33";
    private static final String SECOND = "ss-02-kz-75";
    private static final String THIRD = "ss-03-kz-10";
    private static final Trilingual AKIMAT = Trilingual.of("Жетісу облысының әкімдігі", "Акимат области Жетісу",
            "Akimat of Jetisu Region");
    /** Adopted on 12.03.2027 in Kazakhstan. */
    private static final Authorship ADOPTED = new Authorship("operator-1", "Оператор",
            Instant.parse("2027-03-12T06:00:00Z"));
    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

    private final ForumResolutions resolutions = new ForumResolutions();

    @Test
    void reportsAStatusWithANoteAndKeepsEveryReport() {
        givenAdopted(FIRST, 1, "бір", "екі");

        List<ResolutionEvent> started = resolutions.reportProgress(FIRST, "rec-1", FollowUpStatus.IN_PROGRESS,
                LocalDate.of(2027, 4, 1), "  Жоба басталды, қаржы бөлінді  ", TODAY);
        given(started);
        given(resolutions.reportProgress(FIRST, "rec-1", FollowUpStatus.DONE, LocalDate.of(2027, 5, 20), null, TODAY));

        assertThat(started).containsExactly(new ProgressReported(FIRST, "res-" + FIRST, "rec-1",
                FollowUpStatus.IN_PROGRESS, LocalDate.of(2027, 4, 1), "Жоба басталды, қаржы бөлінді"));
        Resolution resolution = resolutions.resolutionOf(FIRST).orElseThrow();
        assertThat(resolution.progress("rec-1")).extracting(ProgressNote::status)
                .containsExactly(FollowUpStatus.IN_PROGRESS, FollowUpStatus.DONE);
        assertThat(resolution.followUpStatus("rec-1")).isEqualTo(FollowUpStatus.DONE);
        assertThat(resolution.followUpStatus("rec-2")).isEqualTo(FollowUpStatus.NOT_STARTED);
    }

    @Test
    void refusesReportsOnADraftOnARecommendationNotAdoptedAndOutsideTheDaysAllowed() {
        givenDraft(FIRST, 1);
        given(resolutions.propose(FIRST, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, PlenaryAndMergingTest.text("бір"),
                "KZ-33"));
        given(resolutions.propose(FIRST, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, PlenaryAndMergingTest.text("екі"),
                "KZ-33"));
        assertThatThrownBy(() -> report(FIRST, "rec-1", FollowUpStatus.DONE, TODAY, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("still a draft");
        given(resolutions.withdraw(FIRST, "rec-2", null));
        resolutions.adopt(FIRST, null).forEach(e -> resolutions.apply(e, ADOPTED));

        assertThatThrownBy(() -> report(FIRST, "rec-2", FollowUpStatus.DONE, TODAY, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not adopted");
        assertThatThrownBy(() -> report(FIRST, "rec-1", FollowUpStatus.DONE, LocalDate.of(2027, 3, 11), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2027-03-12");
        assertThatThrownBy(() -> report(FIRST, "rec-1", FollowUpStatus.DONE, TODAY.plusDays(1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("today");
        assertThatThrownBy(() -> report(FIRST, "rec-1", FollowUpStatus.DECLINED, TODAY, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("why");
        assertThatThrownBy(() -> report(FIRST, "rec-1", FollowUpStatus.IN_PROGRESS, TODAY, "ә".repeat(2001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2000");
        assertThat(report(FIRST, "rec-1", FollowUpStatus.IN_PROGRESS, LocalDate.of(2027, 3, 12), "ә".repeat(2000)))
                .hasSize(1);
        assertThatThrownBy(() -> FollowUpStatus.of("FORGOTTEN")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tablesTheSeriesRecommendationsAndShowsTheOpenOnesOfEarlierForums() {
        givenAdopted(FIRST, 1, "бір", "екі", "үш");
        givenAdopted(SECOND, 2, "төрт");
        givenDraft(THIRD, 3);
        given(report(FIRST, "rec-1", FollowUpStatus.DONE, TODAY, null));
        given(report(FIRST, "rec-2", FollowUpStatus.DECLINED, TODAY, "Бюджет жоқ"));
        given(report(FIRST, "rec-3", FollowUpStatus.IN_PROGRESS, TODAY, "Басталды"));

        List<FollowUpRow> table = resolutions.followUp("ss");

        assertThat(table).extracting(r -> r.forumId() + "/" + r.recommendationId() + "=" + r.status()).containsExactly(
                FIRST + "/rec-1=DONE", FIRST + "/rec-2=DECLINED", FIRST + "/rec-3=IN_PROGRESS",
                SECOND + "/rec-1=NOT_STARTED");
        assertThat(table.get(2).lastNote()).isEqualTo("Басталды");
        assertThat(table.get(2).lastReportedOn()).isEqualTo(TODAY);
        assertThat(resolutions.openBefore(THIRD)).extracting(r -> r.forumId() + "/" + r.recommendationId())
                .containsExactly(FIRST + "/rec-3", SECOND + "/rec-1");
        assertThat(resolutions.openBefore(SECOND)).extracting(FollowUpRow::recommendationId).containsExactly("rec-3");
        assertThat(resolutions.openBefore(FIRST)).isEmpty();
        assertThatThrownBy(() -> resolutions.followUp("nope")).isInstanceOf(java.util.NoSuchElementException.class);
    }

    private List<ResolutionEvent> report(String forumId, String id, FollowUpStatus status, LocalDate on, String note) {
        return resolutions.reportProgress(forumId, id, status, on, note, TODAY);
    }

    private void givenAdopted(String forumId, int position, String... texts) {
        givenDraft(forumId, position);
        for (String text : texts) {
            given(resolutions.propose(forumId, AddresseeKind.REGIONAL_AKIMAT, AKIMAT, PlenaryAndMergingTest.text(text),
                    "KZ-33"));
        }
        resolutions.adopt(forumId, null).forEach(e -> resolutions.apply(e, ADOPTED));
    }

    private void givenDraft(String forumId, int position) {
        ScheduledForum forum = ForumResolutionsTest.forum(forumId);
        resolutions.forumScheduled(new ScheduledForum(forumId, "ss", position, forum.regionCode(), forum.localTitle(),
                forum.theme()));
        resolutions.forumConvened(forumId);
        given(resolutions.openDraft(forumId));
    }

    private void given(List<ResolutionEvent> events) {
        events.forEach(event -> resolutions.apply(event, ForumResolutionsTest.BY));
    }
}
