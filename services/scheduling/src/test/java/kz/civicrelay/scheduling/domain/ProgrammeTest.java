package kz.civicrelay.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumProgrammeSet;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumScheduled;
import kz.civicrelay.scheduling.domain.SchedulingEvent.PreparationOpened;

/** A forum's programme: set with the plan or later, before the baton reaches the forum; ids stable. */
class ProgrammeTest {

    private static final Trilingual TEXT = Trilingual.of("Мәтін", "Текст", "Text");
    private static final Trilingual PLENARY = Trilingual.of("Пленарлық отырыс", "Пленарное заседание",
            "Plenary session");
    /** Forum 2 (KZ-75) runs 2026-03-08 and 2026-03-09. */
    private static final LocalDate DAY_ONE = LocalDate.of(2026, 3, 8);
    private static final String SECOND = "ss-02-kz-75";

    private final Schedule schedule = new Schedule();

    @Test
    void shouldAnnounceAProgrammeGivenWithThePlanBeforeTheFirstForumOpens() {
        List<SchedulingEvent> events = schedule.plan(plan(Map.of("ss-01-kz-33", List.of(
                session(null, SessionKind.PANEL, LocalDate.of(2026, 3, 1), 14, 16),
                session(null, SessionKind.PLENARY, LocalDate.of(2026, 3, 1), 10, 12)))));

        ForumProgrammeSet set = (ForumProgrammeSet) events.stream().filter(e -> e instanceof ForumProgrammeSet)
                .findFirst().orElseThrow();
        assertThat(set.forumId()).isEqualTo("ss-01-kz-33");
        assertThat(set.sessions()).extracting(ProgrammeSession::sessionId).containsExactly("s2", "s1");
        assertThat(set.sessions()).extracting(ProgrammeSession::kind)
                .containsExactly(SessionKind.PLENARY, SessionKind.PANEL);
        assertThat(events.indexOf(set)).isGreaterThan(3).isLessThan(events.size() - 1);
        assertThat(events.get(events.size() - 1)).isInstanceOf(PreparationOpened.class);
    }

    @Test
    void shouldRefuseAPlannedProgrammeOfAForumNotInThePlan() {
        assertThatThrownBy(() -> plan(Map.of("ss-09-kz-10", List.of(session(null, SessionKind.PANEL, DAY_ONE, 10,
                12))))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the plan");
    }

    @Test
    void shouldNumberNewSessionsAndKeepTheIdsGiven() {
        planned();

        List<SchedulingEvent> events = schedule.setProgramme(SECOND, List.of(
                session(null, SessionKind.PLENARY, DAY_ONE, 10, 12),
                session("media-ngo", SessionKind.DIALOGUE_PLATFORM, DAY_ONE, 14, 16),
                session(null, SessionKind.AWARDS, DAY_ONE.plusDays(1), 17, 18)));

        ForumProgrammeSet set = (ForumProgrammeSet) events.get(0);
        assertThat(events).hasSize(1);
        assertThat(set.sessions()).extracting(ProgrammeSession::sessionId).containsExactly("s1", "media-ngo", "s2");
    }

    @Test
    void shouldNeverGiveARemovedSessionsIdToANewOne() {
        planned();
        given(schedule.setProgramme(SECOND, List.of(session(null, SessionKind.PLENARY, DAY_ONE, 10, 12),
                session(null, SessionKind.PANEL, DAY_ONE, 14, 16))));
        // The panel s2 is dropped, a panel s7 given by the organisers added; then s7 is dropped too.
        given(schedule.setProgramme(SECOND, List.of(session("s1", SessionKind.PLENARY, DAY_ONE, 10, 12),
                session("s7", SessionKind.PANEL, DAY_ONE, 16, 17))));
        given(schedule.setProgramme(SECOND, List.of(session("s1", SessionKind.PLENARY, DAY_ONE, 10, 12))));

        List<SchedulingEvent> events = schedule.setProgramme(SECOND, List.of(
                session("s1", SessionKind.PLENARY, DAY_ONE, 10, 12),
                session(null, SessionKind.EXHIBITION, DAY_ONE, 12, 13)));

        assertThat(((ForumProgrammeSet) events.get(0)).sessions()).extracting(ProgrammeSession::sessionId)
                .containsExactly("s1", "s8");
    }

    @Test
    void shouldNumberNewSessionsAfterTheIdsGivenBesideThem() {
        planned();

        List<SchedulingEvent> events = schedule.setProgramme(SECOND, List.of(
                session("s3", SessionKind.PLENARY, DAY_ONE, 9, 10), session(null, SessionKind.PANEL, DAY_ONE, 10, 11),
                session("s-long-name", SessionKind.PANEL, DAY_ONE, 11, 12)));

        assertThat(((ForumProgrammeSet) events.get(0)).sessions()).extracting(ProgrammeSession::sessionId)
                .containsExactly("s3", "s4", "s-long-name");
    }

    @Test
    void shouldReplaceTheWholeProgrammeWhenSetAgain() {
        planned();
        given(schedule.setProgramme(SECOND, List.of(session(null, SessionKind.PLENARY, DAY_ONE, 10, 12),
                session(null, SessionKind.PANEL, DAY_ONE, 14, 16))));

        given(schedule.setProgramme(SECOND, List.of(session("s2", SessionKind.PANEL, DAY_ONE, 15, 17))));

        List<ProgrammeSession> programme = schedule.seriesOf(SECOND).programme(SECOND);
        assertThat(programme).hasSize(1);
        assertThat(programme.get(0).start()).isEqualTo(DAY_ONE.atTime(15, 0));
    }

    @Test
    void shouldShowAnEmptyProgrammeUntilOneIsSet() {
        planned();

        assertThat(schedule.seriesOf(SECOND).programme(SECOND)).isEmpty();
    }

    @Test
    void shouldRefuseSessionsOutsideTheForumsDays() {
        planned();

        assertThatThrownBy(() -> schedule.setProgramme(SECOND, List.of(
                session(null, SessionKind.PANEL, DAY_ONE.minusDays(1), 10, 12))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not within the days");
        assertThatThrownBy(() -> schedule.setProgramme(SECOND, List.of(
                session(null, SessionKind.PANEL, DAY_ONE.plusDays(2), 10, 12))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not within the days");
    }

    @Test
    void shouldAcceptSessionsOnTheFirstAndLastDay() {
        planned();

        List<SchedulingEvent> events = schedule.setProgramme(SECOND, List.of(
                new ProposedSession(null, SessionKind.PLENARY, PLENARY, DAY_ONE.atStartOfDay(),
                        DAY_ONE.plusDays(1).atTime(23, 59), null, null, 200)));

        assertThat(events).hasSize(1);
    }

    @Test
    void shouldRefuseASessionHoldingMoreThanTheForum() {
        planned();

        assertThatThrownBy(() -> schedule.setProgramme(SECOND, List.of(new ProposedSession(null, SessionKind.PANEL,
                TEXT, DAY_ONE.atTime(10, 0), DAY_ONE.atTime(11, 0), null, null, 201))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than forum");
    }

    @Test
    void shouldRefuseTheSameIdTwiceInOneProgramme() {
        planned();

        assertThatThrownBy(() -> schedule.setProgramme(SECOND, List.of(session("a", SessionKind.PANEL, DAY_ONE, 10,
                11), session("a", SessionKind.PANEL, DAY_ONE, 12, 13))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appears twice");
    }

    @Test
    void shouldRefuseMoreSessionsThanAProgrammeHolds() {
        planned();
        List<ProposedSession> many = new ArrayList<>(Collections.nCopies(Programme.MAX_SESSIONS + 1,
                session(null, SessionKind.PANEL, DAY_ONE, 10, 11)));

        assertThatThrownBy(() -> schedule.setProgramme(SECOND, many))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");
        assertThat(schedule.setProgramme(SECOND, many.subList(0, Programme.MAX_SESSIONS))).hasSize(1);
    }

    @Test
    void shouldRefuseTheProgrammeOfTheForumTheBatonHolds() {
        planned();

        assertThatThrownBy(() -> schedule.setProgramme("ss-01-kz-33", List.of(
                session(null, SessionKind.PANEL, LocalDate.of(2026, 3, 1), 10, 12))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PREPARATION_OPEN");
    }

    @Test
    void shouldRefuseTheProgrammeOfAForumTheBatonReachedWhileTheSeriesWasSuspended() {
        planned();
        given(schedule.suspend("ss", null));
        schedule.batonReached("ss", SECOND, "KZ-33");

        assertThat(schedule.seriesOf(SECOND).isEditable(SECOND)).isFalse();
        assertThatThrownBy(() -> schedule.setProgramme(SECOND, List.of(session(null, SessionKind.PANEL, DAY_ONE, 10,
                12)))).isInstanceOf(IllegalStateException.class).hasMessageContaining("baton has reached it");
    }

    @Test
    void shouldLetTheOrganisersChangeTheProgrammeWhileTheSeriesIsSuspended() {
        planned();
        given(schedule.suspend("ss", null));

        assertThat(schedule.setProgramme(SECOND, List.of(session(null, SessionKind.PANEL, DAY_ONE, 10, 12))))
                .hasSize(1);
    }

    @Test
    void shouldRefuseEveryChangeOnceTheSeriesIsClosedEarly() {
        planned();
        given(schedule.closeEarly("ss", TEXT));

        assertThat(schedule.seriesOf(SECOND).isEditable(SECOND)).isFalse();
        assertThatThrownBy(() -> schedule.setProgramme(SECOND, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed early");
        assertThatThrownBy(() -> schedule.editPlan(SECOND, venue()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed early");
    }

    @Test
    void shouldRefuseChangesToACancelledForum() {
        planned();
        given(schedule.cancel(SECOND, TEXT));

        assertThatThrownBy(() -> schedule.editPlan(SECOND, venue()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CANCELLED");
    }

    @Test
    void shouldKnowWhichForumsMayStillChange() {
        planned();
        Series series = schedule.series("ss");

        assertThat(series.isEditable("ss-01-kz-33")).isFalse();
        assertThat(series.isEditable(SECOND)).isTrue();
    }

    // ---- plan edits ----------------------------------------------------------------------------

    @Test
    void shouldAnnounceTheEditedForumWholeAgain() {
        planned();
        Trilingual hall = Trilingual.of("Университет залы", "Зал университета", "University hall");

        List<SchedulingEvent> events = schedule.editPlan(SECOND, new PlanEdit(null, null, null, hall, null, null,
                150, true, 12));

        PlannedForum edited = ((ForumScheduled) events.get(0)).forum();
        assertThat(events).hasSize(1);
        assertThat(edited.venue()).isEqualTo(hall);
        assertThat(edited.capacity()).isEqualTo(150);
        assertThat(edited.international()).isTrue();
        assertThat(edited.delegationQuota()).isEqualTo(12);
        assertThat(edited.theme()).isEqualTo(TEXT);
        assertThat(edited.position()).isEqualTo(2);
        assertThat(edited.startDate()).isEqualTo(DAY_ONE);
    }

    @Test
    void shouldKeepWhatAnEditLeavesOut() {
        PlannedForum forum = forum(2, "KZ-75", 9);
        Trilingual other = Trilingual.of("Басқа", "Другое", "Other");

        PlannedForum edited = forum.edited(new PlanEdit(other, other, other, null, DAY_ONE.plusDays(1),
                DAY_ONE.plusDays(3), null, null, null));

        assertThat(edited.localTitle()).isEqualTo(other);
        assertThat(edited.theme()).isEqualTo(other);
        assertThat(edited.city()).isEqualTo(other);
        assertThat(edited.venue()).isEqualTo(TEXT);
        assertThat(edited.startDate()).isEqualTo(DAY_ONE.plusDays(1));
        assertThat(edited.endDate()).isEqualTo(DAY_ONE.plusDays(3));
        assertThat(edited.capacity()).isEqualTo(200);
        assertThat(edited.international()).isFalse();
        assertThat(edited.delegationQuota()).isEqualTo(9);
    }

    @Test
    void shouldFoldAnEditIntoThePlan() {
        planned();

        given(schedule.editPlan(SECOND, new PlanEdit(null, null, null, null, null, null, null, null, 5)));

        assertThat(schedule.seriesOf(SECOND).forum(SECOND).delegationQuota()).isEqualTo(5);
        assertThat(schedule.seriesOf(SECOND).statusOf(SECOND)).isEqualTo(ForumStatus.SCHEDULED);
    }

    @Test
    void shouldRemoveTheDelegationQuotaWhenAnEditSaysSo() {
        PlannedForum forum = forum(2, "KZ-75", 9);

        PlannedForum edited = forum.edited(new PlanEdit(null, null, null, null, null, null, null, null, null, true));

        assertThat(edited.delegationQuota()).isNull();
        assertThat(edited.capacity()).isEqualTo(200);
        assertThat(forum(2, "KZ-75", null).edited(new PlanEdit(null, null, null, null, null, null, null, null, null,
                true)).delegationQuota()).isNull();
    }

    @Test
    void shouldFoldARemovedQuotaIntoThePlan() {
        planned();
        given(schedule.editPlan(SECOND, new PlanEdit(null, null, null, null, null, null, null, null, 5)));

        List<SchedulingEvent> events = schedule.editPlan(SECOND, new PlanEdit(null, null, null, null, null, null, null,
                null, null, true));
        given(events);

        assertThat(((ForumScheduled) events.get(0)).forum().delegationQuota()).isNull();
        assertThat(schedule.seriesOf(SECOND).forum(SECOND).delegationQuota()).isNull();
    }

    @Test
    void shouldRefuseAnEditThatSetsAndRemovesTheQuota() {
        assertThatThrownBy(() -> new PlanEdit(null, null, null, null, null, null, null, null, 4, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
        assertThat(new PlanEdit(null, null, null, null, null, null, null, null, null, true).withoutDelegationQuota())
                .isTrue();
    }

    @Test
    void shouldRefuseAnEditThatChangesNothing() {
        assertThatThrownBy(() -> new PlanEdit(null, null, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("change something");
    }

    @Test
    void shouldRefuseADelegationQuotaBelowOne() {
        assertThatThrownBy(() -> forum(2, "KZ-75", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("delegation quota");
        assertThat(forum(2, "KZ-75", 1).delegationQuota()).isEqualTo(1);
        assertThat(forum(2, "KZ-75", null).delegationQuota()).isNull();
    }

    @Test
    void shouldRefuseToEditTheForumTheBatonHolds() {
        planned();

        assertThatThrownBy(() -> schedule.editPlan("ss-01-kz-33", venue()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("baton has not reached");
    }

    @Test
    void shouldRefuseNewDatesTheProgrammeNoLongerFits() {
        planned();
        given(schedule.setProgramme(SECOND, List.of(session(null, SessionKind.AWARDS, DAY_ONE.plusDays(1), 17, 18))));

        assertThatThrownBy(() -> schedule.editPlan(SECOND, new PlanEdit(null, null, null, null, null, DAY_ONE, null,
                null, null))).isInstanceOf(IllegalStateException.class).hasMessageContaining("change the programme");
    }

    @Test
    void shouldRefuseACapacityBelowASessionsCapacity() {
        planned();
        given(schedule.setProgramme(SECOND, List.of(new ProposedSession(null, SessionKind.PANEL, TEXT,
                DAY_ONE.atTime(10, 0), DAY_ONE.atTime(11, 0), null, null, 80))));

        assertThatThrownBy(() -> schedule.editPlan(SECOND, new PlanEdit(null, null, null, null, null, null, 79, null,
                null))).isInstanceOf(IllegalStateException.class).hasMessageContaining("more than forum");
        assertThat(schedule.editPlan(SECOND, new PlanEdit(null, null, null, null, null, null, 80, null, null)))
                .hasSize(1);
    }

    // ---- postponing moves the programme ---------------------------------------------------------

    @Test
    void shouldMoveTheProgrammeWithAPostponedForum() {
        planned();
        given(schedule.setProgramme(SECOND, List.of(session(null, SessionKind.PLENARY, DAY_ONE.plusDays(1), 10, 12))));

        given(schedule.postpone(SECOND, DAY_ONE.plusDays(7), DAY_ONE.plusDays(8), TEXT));

        ProgrammeSession moved = schedule.seriesOf(SECOND).programme(SECOND).get(0);
        assertThat(moved.start()).isEqualTo(DAY_ONE.plusDays(8).atTime(10, 0));
        assertThat(moved.end()).isEqualTo(DAY_ONE.plusDays(8).atTime(12, 0));
        assertThat(moved.sessionId()).isEqualTo("s1");
    }

    @Test
    void shouldRefuseToPostponeToFewerDaysThanTheProgrammeNeeds() {
        planned();
        given(schedule.setProgramme(SECOND, List.of(session(null, SessionKind.AWARDS, DAY_ONE.plusDays(1), 17, 18))));

        assertThatThrownBy(() -> schedule.postpone(SECOND, DAY_ONE.plusDays(7), DAY_ONE.plusDays(7), TEXT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("once postponed");
    }

    // ---- one session ----------------------------------------------------------------------------

    @Test
    void shouldRefuseASessionThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new ProgrammeSession("s1", SessionKind.PANEL, TEXT, DAY_ONE.atTime(12, 0),
                DAY_ONE.atTime(12, 0), null, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end after it starts");
    }

    @Test
    void shouldRefuseBadSessionFields() {
        LocalDateTime start = DAY_ONE.atTime(10, 0);
        LocalDateTime end = start.plusHours(1);
        String longTopic = "ә".repeat(ProgrammeSession.MAX_TOPIC + 1);

        assertThatThrownBy(() -> new ProgrammeSession("S1", SessionKind.PANEL, TEXT, start, end, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("session id");
        assertThatThrownBy(() -> new ProgrammeSession("s1", SessionKind.PANEL, Trilingual.of(longTopic, "т", "t"),
                start, end, null, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topic");
        assertThatThrownBy(() -> new ProgrammeSession("s1", SessionKind.PANEL, TEXT, start, end, " ", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("room");
        assertThatThrownBy(() -> new ProgrammeSession("s1", SessionKind.PANEL, TEXT, start, end, null,
                "м".repeat(ProgrammeSession.MAX_MODERATOR + 1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("moderator");
        assertThatThrownBy(() -> new ProgrammeSession("s1", SessionKind.PANEL, TEXT, start, end, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Capacity");
        assertThatThrownBy(() -> new ProgrammeSession("s1", SessionKind.PANEL, TEXT, null, end, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a kind");
    }

    @Test
    void shouldAcceptTextsAtTheirLimitsAndTrimThem() {
        LocalDateTime start = DAY_ONE.atTime(10, 0);
        String topic = "ә".repeat(ProgrammeSession.MAX_TOPIC);

        ProgrammeSession session = new ProgrammeSession("a-1", SessionKind.OTHER, Trilingual.of(topic, topic, topic),
                start, start.plusMinutes(1), " Зал " + "ң".repeat(ProgrammeSession.MAX_ROOM - 6),
                "Ә".repeat(ProgrammeSession.MAX_MODERATOR), 1);

        assertThat(session.room()).startsWith("Зал ");
        assertThat(session.moderator()).hasSize(ProgrammeSession.MAX_MODERATOR);
        assertThat(session.capacity()).isEqualTo(1);
    }

    @Test
    void shouldLeaveOutARoomAndModeratorNotGiven() {
        ProgrammeSession session = new ProgrammeSession("s1", SessionKind.PLENARY, PLENARY, DAY_ONE.atTime(10, 0),
                DAY_ONE.atTime(11, 0), null, null, null);

        assertThat(session.room()).isNull();
        assertThat(session.moderator()).isNull();
        assertThat(session.capacity()).isNull();
    }

    @Test
    void shouldUseKazakhstansSingleTimeZone() {
        assertThat(Programme.ZONE.getRules().getOffset(LocalDateTime.of(2026, 9, 15, 10, 0)))
                .isEqualTo(java.time.ZoneOffset.ofHours(5));
    }

    // ---- fixtures -------------------------------------------------------------------------------

    private void planned() {
        given(schedule.plan(plan(Map.of())));
    }

    private void given(List<SchedulingEvent> events) {
        events.forEach(e -> schedule.apply("ss", e));
    }

    private static PlanEdit venue() {
        return new PlanEdit(null, null, null, TEXT, null, null, null, null, null);
    }

    private static ProposedSession session(String id, SessionKind kind, LocalDate day, int from, int to) {
        return new ProposedSession(id, kind, PLENARY, day.atTime(from, 0), day.atTime(to, 0), "Зал 1", "Әйгерім",
                null);
    }

    private static PlannedForum forum(int position, String region, Integer quota) {
        LocalDate day = LocalDate.of(2026, 3, 1).plusWeeks(position - 1);
        return new PlannedForum(SeriesPlan.forumId("ss", position, region), position, region, TEXT, TEXT, TEXT, TEXT,
                day, day.plusDays(1), 200, false, quota);
    }

    private static SeriesPlan plan(Map<String, List<ProposedSession>> programmes) {
        return new SeriesPlan("ss", TEXT, List.of(forum(1, "KZ-33", null), forum(2, "KZ-75", null),
                forum(3, "KZ-71", null)), programmes);
    }
}
