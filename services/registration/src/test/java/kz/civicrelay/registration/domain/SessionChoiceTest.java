package kz.civicrelay.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.civicrelay.registration.domain.RegistrationEvent.SessionsChosen;

/** People holding a seat choose sessions of the programme: known ones, not at the same time, within capacity. */
class SessionChoiceTest {

    private static final String FORUM = "ss-01-kz-33";
    private static final LocalDateTime TEN = LocalDateTime.parse("2027-03-10T10:00");

    private final Registrations registrations = new Registrations();
    private Instant now = Instant.parse("2027-03-01T09:00:00Z");

    @BeforeEach
    void aForumWithAProgramme() {
        registrations.forumScheduled(new ScheduledForum(FORUM, "ss", 3, "KZ-33"));
        registrations.programmeSet(FORUM, List.of(
                new ProgrammeSession("plenary", TEN.minusHours(1), TEN, null),
                new ProgrammeSession("youth", TEN, TEN.plusHours(2), 1),
                new ProgrammeSession("media", TEN.plusHours(1), TEN.plusHours(3), 2),
                new ProgrammeSession("awards", TEN.plusHours(4), TEN.plusHours(5), null)));
        given(registrations.open(FORUM));
        given(registrations.register(FORUM, "a", person("Айгерім")));
        given(registrations.register(FORUM, "b", person("Нұрлан")));
        given(registrations.register(FORUM, "c", person("Әсел")));
        given(registrations.register(FORUM, "w", person("Ғалым")));
    }

    @Test
    void choosesKnownSessionsThatDoNotOverlapAndReplacesAnEarlierChoice() {
        List<RegistrationEvent> chosen = registrations.chooseSessions(FORUM, "a", List.of("plenary", "youth", "awards"));

        assertThat(chosen).containsExactly(new SessionsChosen(FORUM, "a", List.of("plenary", "youth", "awards")));
        given(chosen);
        given(registrations.chooseSessions(FORUM, "a", List.of("plenary", "media")));
        ForumRegistration forum = registrations.forum(FORUM);
        assertThat(forum.sessionsOf("a")).containsExactly("plenary", "media");
        assertThat(forum.chosenBy("youth")).as("the earlier choice's place is free").isZero();
        assertThat(forum.chosenBy("media")).isEqualTo(1);
    }

    @Test
    void keepsEachSessionWithinItsCapacityCountingHeldChoices() {
        registrations.chooseSessions(FORUM, "a", List.of("youth")).forEach(registrations::hold);

        assertThatThrownBy(() -> registrations.chooseSessions(FORUM, "b", List.of("youth")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("youth is full");
        assertThat(registrations.chooseSessions(FORUM, "a", List.of("youth", "awards")))
                .as("one's own place is not counted against them").hasSize(1);
        registrations.chooseSessions(FORUM, "a", List.of("youth")).forEach(registrations::release);
        assertThat(registrations.forum(FORUM).chosenBy("youth")).isZero();
        assertThat(registrations.chooseSessions(FORUM, "b", List.of("youth", "awards"))).hasSize(1);
        assertThat(registrations.chooseSessions(FORUM, "c", List.of("plenary"))).as("null capacity: the forum's")
                .hasSize(1);
    }

    @Test
    void refusesUnknownTwiceOrOverlappingSessions() {
        assertThatThrownBy(() -> registrations.chooseSessions(FORUM, "a", List.of("cinema")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown session 'cinema'");
        assertThatThrownBy(() -> registrations.chooseSessions(FORUM, "a", List.of("awards", "awards")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> registrations.chooseSessions(FORUM, "a", List.of("youth", "media")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same time");
        assertThat(registrations.chooseSessions(FORUM, "a", List.of("plenary", "youth")))
                .as("one ending as the next begins does not overlap").hasSize(1);
        assertThatThrownBy(() -> registrations.chooseSessions(FORUM, "a", java.util.Collections.nCopies(31, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("At most 30");
    }

    @Test
    void onlyOneHoldingASeatWhileRegistrationIsOpenChooses() {
        assertThatThrownBy(() -> registrations.chooseSessions(FORUM, "w", List.of("awards")))
                .hasMessageContaining("holds no seat");
        given(registrations.close(FORUM));
        assertThatThrownBy(() -> registrations.chooseSessions(FORUM, "a", List.of("awards")))
                .hasMessageContaining("closed");
    }

    @Test
    void aFreedSeatFreesItsPlacesAndCountsOnlyThoseStillInTheProgramme() {
        given(registrations.chooseSessions(FORUM, "a", List.of("youth", "awards")));
        given(registrations.chooseSessions(FORUM, "b", List.of("awards")));
        given(List.of(new RegistrationEvent.AttendanceMarked(FORUM, "b")));

        given(registrations.cancel(FORUM, "a", null));

        ForumRegistration forum = registrations.forum(FORUM);
        assertThat(forum.chosenBy("youth")).isZero();
        assertThat(forum.sessionsOf("w")).as("promoted, no choice yet").isEmpty();
        assertThat(forum.attendance().byDimension().get("session")).containsOnlyKeys("awards")
                .containsEntry("awards", new AttendanceFigures.Tally(1, 1));
        registrations.programmeSet(FORUM, List.of(new ProgrammeSession("plenary", TEN, TEN.plusHours(1), null)));
        assertThat(registrations.forum(FORUM).sessionsOf("b")).as("awards left the programme").isEmpty();
    }

    @Test
    void aChoiceFoldedForOneWithoutASeatCountsNothing() {
        given(List.of(new SessionsChosen(FORUM, "w", List.of("awards"))));

        assertThat(registrations.forum(FORUM).chosenBy("awards")).isZero();
    }

    private void given(List<RegistrationEvent> events) {
        events.forEach(event -> registrations.apply(event, now = now.plusSeconds(1)));
    }

    private static Registrant person(String name) {
        return new Registrant(name, "Кеңес", ParticipantCategory.YOUTH, "KZ-33", List.of("kk"));
    }
}
