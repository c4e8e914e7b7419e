package kz.civicrelay.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.civicrelay.registration.domain.AttendanceFigures.Tally;
import kz.civicrelay.registration.domain.RegistrationEvent.AttendanceMarked;
import kz.civicrelay.registration.domain.RegistrationEvent.RegistrationCancelled;

/** Check-in at the door: once per seat, open or closed, never for the waitlist or an ended registration. */
class CheckInTest {

    private static final String FORUM = "ss-01-kz-33";

    private final Registrations registrations = new Registrations();
    private Instant now = Instant.parse("2027-03-01T09:00:00Z");

    @BeforeEach
    void aForumOfTwoSeatsWithOneWaiting() {
        registrations.forumScheduled(new ScheduledForum(FORUM, "ss", 2, "KZ-33"));
        given(registrations.open(FORUM));
        given(registrations.register(FORUM, "aigerim", person("Айгерім", ParticipantCategory.NGO, "KZ-33")));
        given(registrations.register(FORUM, "nurlan", person("Нұрлан", ParticipantCategory.MEDIA, "KZ-75")));
        given(registrations.register(FORUM, "asel", person("Әсел", ParticipantCategory.NGO, "KZ-75")));
    }

    @Test
    void shouldMarkAttendanceOnceAndNameTheFirstTimeOnASecondScan() {
        List<RegistrationEvent> marked = registrations.checkIn(FORUM, "aigerim");

        assertThat(marked).containsExactly(new AttendanceMarked(FORUM, "aigerim"));
        given(marked);
        Instant first = registrations.forum(FORUM).participant("aigerim").checkedInAt();
        assertThat(first).isEqualTo(now);
        assertThatThrownBy(() -> registrations.checkIn(FORUM, "aigerim")).isInstanceOfSatisfying(
                AlreadyCheckedIn.class, e -> {
                    assertThat(e.firstAt()).isEqualTo(first);
                    assertThat(e.participantId()).isEqualTo("aigerim");
                    assertThat(e.fullName()).isEqualTo("Айгерім");
                    assertThat(e).hasMessageContaining("Айгерім").hasMessageContaining(first.toString());
                });
    }

    @Test
    void shouldCheckInAfterRegistrationClosedBecauseTheDoorOpensWhenTheForumConvenes() {
        given(registrations.close(FORUM));

        given(registrations.checkIn(FORUM, "nurlan"));

        assertThat(registrations.forum(FORUM).participant("nurlan").checkedInAt()).isEqualTo(now);
    }

    @Test
    void shouldRefuseTheWaitlistAnEndedRegistrationAndACancelledForum() {
        given(registrations.cancel(FORUM, "aigerim", null)); // asel is promoted
        given(registrations.register(FORUM, "erlan", person("Ерлан", ParticipantCategory.YOUTH, "KZ-33")));
        given(registrations.register(FORUM, "dana", person("Дана", ParticipantCategory.YOUTH, "KZ-33")));
        given(registrations.cancel(FORUM, "dana", null));

        assertThatThrownBy(() -> registrations.checkIn(FORUM, "aigerim")).isInstanceOf(IllegalStateException.class)
                .isNotInstanceOf(AlreadyCheckedIn.class).hasMessageContaining("Айгерім").hasMessageContaining("was cancelled");
        assertThatThrownBy(() -> registrations.checkIn(FORUM, "erlan")).hasMessageContaining("is on the waitlist");
        assertThatThrownBy(() -> registrations.checkIn(FORUM, "dana")).hasMessageContaining("left the waitlist");
        assertThatThrownBy(() -> registrations.checkIn(FORUM, "nobody"))
                .isInstanceOf(java.util.NoSuchElementException.class);
        given(registrations.decline(FORUM, "asel", null));
        assertThatThrownBy(() -> registrations.checkIn(FORUM, "asel")).hasMessageContaining("gave the seat back");

        assertThat(registrations.forum(FORUM).isCancelled()).isFalse();
        registrations.forumCancelled(FORUM);
        assertThat(registrations.forum(FORUM).isCancelled()).isTrue();
        assertThatThrownBy(() -> registrations.checkIn(FORUM, "nurlan")).hasMessageContaining("cancelled");
    }

    @Test
    void shouldRefuseASecondScanInTheSameGroupAndAllowItAgainIfTheFirstFailed() {
        List<RegistrationEvent> first = registrations.checkIn(FORUM, "nurlan");
        first.forEach(registrations::hold);

        assertThatThrownBy(() -> registrations.checkIn(FORUM, "nurlan")).isInstanceOfSatisfying(
                AlreadyCheckedIn.class, e -> assertThat(e.firstAt()).as("not committed yet").isNull());
        assertThatThrownBy(() -> registrations.cancel(FORUM, "nurlan", null))
                .hasMessageContaining("checked in at the door");

        first.forEach(registrations::release);
        assertThat(registrations.checkIn(FORUM, "nurlan")).containsExactly(new AttendanceMarked(FORUM, "nurlan"));
    }

    @Test
    void shouldRefuseACheckInWhileTheCancellationOfTheSameSeatIsBeingCommitted() {
        List<RegistrationEvent> cancelled = registrations.cancel(FORUM, "nurlan", null);
        cancelled.forEach(registrations::hold);

        assertThatThrownBy(() -> registrations.checkIn(FORUM, "nurlan")).hasMessageContaining("is being cancelled");
    }

    @Test
    void shouldKeepTheAttendanceOfOneWhoCameOnRecord() {
        given(registrations.checkIn(FORUM, "nurlan"));

        assertThatThrownBy(() -> registrations.cancel(FORUM, "nurlan", null))
                .hasMessageContaining("Нұрлан").hasMessageContaining("checked in at the door");
    }

    @Test
    void shouldFoldAMarkForSomeoneWithoutASeatOrASecondMarkAsNothing() {
        given(registrations.checkIn(FORUM, "nurlan"));
        Instant first = now;

        given(List.of(new AttendanceMarked(FORUM, "nurlan"), new AttendanceMarked(FORUM, "asel"),
                new AttendanceMarked(FORUM, "nobody")));

        ForumRegistration forum = registrations.forum(FORUM);
        assertThat(forum.participant("nurlan").checkedInAt()).as("the first time stays").isEqualTo(first);
        assertThat(forum.participant("asel").checkedInAt()).as("on the waitlist").isNull();
        assertThat(forum.participants()).hasSize(3);
    }

    @Test
    void shouldCountSeatsAndAttendanceByCategoryAndRegion() {
        given(registrations.checkIn(FORUM, "nurlan"));
        given(List.of(new RegistrationCancelled(FORUM, "aigerim", null)));

        AttendanceFigures figures = registrations.forum(FORUM).attendance();

        assertThat(figures.total()).isEqualTo(new Tally(1, 1));
        assertThat(figures.byDimension()).containsOnlyKeys("category", "region", "session");
        assertThat(figures.byDimension().get("session")).as("nobody chose a session").isEmpty();
        assertThat(figures.byDimension().get("category")).isEqualTo(Map.of("MEDIA", new Tally(1, 1)));
        assertThat(figures.byDimension().get("region")).isEqualTo(Map.of("KZ-75", new Tally(1, 1)));
    }

    @Test
    void shouldCountThoseNotYetCheckedInAsRegisteredOnly() {
        given(registrations.checkIn(FORUM, "aigerim"));

        AttendanceFigures figures = registrations.forum(FORUM).attendance();

        assertThat(figures.total()).isEqualTo(new Tally(2, 1));
        assertThat(figures.byDimension().get("category")).containsExactly(Map.entry("MEDIA", new Tally(1, 0)),
                Map.entry("NGO", new Tally(1, 1)));
        assertThat(figures.byDimension().get("region")).containsExactly(Map.entry("KZ-33", new Tally(1, 1)),
                Map.entry("KZ-75", new Tally(1, 0)));
    }

    private void given(List<RegistrationEvent> events) {
        events.forEach(event -> registrations.apply(event, now = now.plusSeconds(1)));
    }

    private static Registrant person(String name, ParticipantCategory category, String region) {
        return new Registrant(name, "Кеңес", category, region, List.of("kk"),
                "p" + Math.abs(name.hashCode()) + "@forum.kz", null);
    }
}
