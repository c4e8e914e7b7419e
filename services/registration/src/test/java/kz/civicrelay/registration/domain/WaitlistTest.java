package kz.civicrelay.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.civicrelay.registration.domain.RegistrationEvent.ParticipantWaitlisted;
import kz.civicrelay.registration.domain.RegistrationEvent.PromotionDeclined;
import kz.civicrelay.registration.domain.RegistrationEvent.RegistrationCancelled;
import kz.civicrelay.registration.domain.RegistrationEvent.WaitlistLeft;
import kz.civicrelay.registration.domain.RegistrationEvent.WaitlistPromoted;

/** The waitlist: joined when full, promoted in order as seats free, left or declined, frozen once closed. */
class WaitlistTest {

    private static final String FORUM = "ss-01-kz-33";

    private final Registrations registrations = new Registrations();
    private Instant now = Instant.parse("2027-03-01T09:00:00Z");

    @BeforeEach
    void aFullForumOfOneSeatWithTwoWaiting() {
        registrations.forumScheduled(new ScheduledForum(FORUM, "ss", 1, "KZ-33"));
        given(registrations.open(FORUM));
        given(registrations.register(FORUM, "seated", person("Айгерім")));
        given(registrations.register(FORUM, "first", person("Нұрлан")));
        given(registrations.register(FORUM, "second", person("Әсел")));
    }

    @Test
    void waitsInTheOrderPeopleJoined() {
        ForumRegistration forum = registrations.forum(FORUM);

        assertThat(forum.registered()).isEqualTo(1);
        assertThat(forum.waiting()).isEqualTo(2);
        assertThat(forum.waitlist()).containsExactly("first", "second");
        assertThat(forum.waitlistPosition("second")).isEqualTo(2);
        assertThat(forum.waitlistPosition("seated")).isZero();
        assertThat(forum.participant("first").standing()).isEqualTo(Standing.WAITLISTED);
        assertThat(forum.registrationOf(person("Нұрлан"))).as("a waiting person is known").contains("first");
        assertThat(registrations.register(FORUM, "again", person("Нұрлан"))).as("not twice on the list").isEmpty();
    }

    @Test
    void aFreedSeatPromotesTheFirstWaitingInTheSameDecision() {
        List<RegistrationEvent> cancelled = registrations.cancel(FORUM, "seated", "ауырып қалдым");

        assertThat(cancelled).containsExactly(new RegistrationCancelled(FORUM, "seated", "ауырып қалдым"),
                new WaitlistPromoted(FORUM, "first"));
        given(cancelled);
        ForumRegistration forum = registrations.forum(FORUM);
        assertThat(forum.participant("first").standing()).isEqualTo(Standing.REGISTERED);
        assertThat(forum.participant("first").promotedAt()).isNotNull();
        assertThat(forum.registered()).isEqualTo(1);
        assertThat(forum.waitlist()).containsExactly("second");
    }

    @Test
    void withinOneGroupAPromotedPersonWhoCancelsGivesTheSeatToTheNextNotBackToTheWaitlist() {
        List<RegistrationEvent> one = registrations.cancel(FORUM, "seated", null);
        one.forEach(registrations::hold);

        List<RegistrationEvent> other = registrations.cancel(FORUM, "first", null);
        other.forEach(registrations::hold);

        assertThat(one).containsExactly(new RegistrationCancelled(FORUM, "seated", null),
                new WaitlistPromoted(FORUM, "first"));
        assertThatThrownBy(() -> registrations.cancel(FORUM, "seated", null)).hasMessageContaining("already");
        assertThat(other).as("the held promotion stands: the seat goes on to the next")
                .containsExactly(new RegistrationCancelled(FORUM, "first", null), new WaitlistPromoted(FORUM, "second"));
        given(one);
        given(other);
        ForumRegistration forum = registrations.forum(FORUM);
        assertThat(forum.participant("first").standing()).isEqualTo(Standing.CANCELLED);
        assertThat(forum.participant("second").standing()).isEqualTo(Standing.REGISTERED);
        assertThat(forum.registered()).isEqualTo(1);
        assertThat(forum.waiting()).isZero();
    }

    @Test
    void aPersonLeavesTheWaitlistWithoutPromotingAnyone() {
        List<RegistrationEvent> left = registrations.cancel(FORUM, "first", "басқа жоспар");

        assertThat(left).containsExactly(new WaitlistLeft(FORUM, "first", "басқа жоспар"));
        given(left);
        ForumRegistration forum = registrations.forum(FORUM);
        assertThat(forum.waitlist()).containsExactly("second");
        assertThat(forum.participant("first").standing()).isEqualTo(Standing.LEFT_WAITLIST);
        assertThat(forum.registrationOf(person("Нұрлан"))).as("free to ask again").isEmpty();
        assertThat(registrations.register(FORUM, "back", person("Нұрлан"))).first()
                .isInstanceOf(ParticipantWaitlisted.class);
    }

    @Test
    void aPromotedPersonDeclinesAndTheNextTakesTheSeat() {
        given(registrations.cancel(FORUM, "seated", null));

        List<RegistrationEvent> declined = registrations.decline(FORUM, "first", "уақытым жоқ");

        assertThat(declined).containsExactly(new PromotionDeclined(FORUM, "first", "уақытым жоқ"),
                new WaitlistPromoted(FORUM, "second"));
        given(declined);
        assertThat(registrations.forum(FORUM).participant("first").standing()).isEqualTo(Standing.DECLINED);
        assertThat(registrations.forum(FORUM).participant("second").standing()).isEqualTo(Standing.REGISTERED);
        assertThat(registrations.forum(FORUM).waiting()).isZero();
    }

    @Test
    void onlyAPromotionCanBeDeclinedAndOnlyOnce() {
        assertThatThrownBy(() -> registrations.decline(FORUM, "seated", null)).hasMessageContaining("not promoted");
        assertThatThrownBy(() -> registrations.decline(FORUM, "first", null)).hasMessageContaining("not promoted");
        given(registrations.cancel(FORUM, "seated", null));
        given(registrations.decline(FORUM, "first", null));
        assertThatThrownBy(() -> registrations.decline(FORUM, "first", null)).hasMessageContaining("already declined");
        assertThatThrownBy(() -> registrations.decline(FORUM, "first", "x".repeat(501)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closingFreezesTheWaitlistAsItStands() {
        given(registrations.close(FORUM));

        assertThat(registrations.forum(FORUM).waitlist()).containsExactly("first", "second");
        assertThatThrownBy(() -> registrations.cancel(FORUM, "seated", null)).hasMessageContaining("closed");
        assertThatThrownBy(() -> registrations.cancel(FORUM, "first", null)).hasMessageContaining("closed");
        assertThatThrownBy(() -> registrations.register(FORUM, "late", person("Ерлан"))).hasMessageContaining("closed");
    }

    @Test
    void aSeriesClosedEarlyClosesEachOfItsOpenRegistrationsOnce() {
        registrations.forumScheduled(new ScheduledForum("ss-02-kz-75", "ss", 5, "KZ-75"));
        registrations.forumScheduled(new ScheduledForum("other-01-kz-10", "other", 5, "KZ-10"));
        given(registrations.open("other-01-kz-10"));

        List<RegistrationEvent> closed = registrations.closeSeries("ss");

        assertThat(closed).containsExactly(new RegistrationEvent.RegistrationClosed(FORUM, 1));
        given(closed);
        assertThat(registrations.closeSeries("ss")).isEmpty();
        assertThat(registrations.forum("other-01-kz-10").status()).isEqualTo(RegistrationStatus.OPEN);
        assertThat(registrations.forum(FORUM).waitlist()).as("frozen").containsExactly("first", "second");
    }

    @Test
    void aCancelledForumTakesNoRegistration() {
        registrations.forumCancelled(FORUM);

        assertThatThrownBy(() -> registrations.register(FORUM, "late", person("Ерлан")))
                .hasMessageContaining("cancelled");
    }

    @Test
    void aPromotionFoldedTwiceOrForSomeoneNotWaitingChangesNothing() {
        given(List.of(new WaitlistPromoted(FORUM, "seated"), new WaitlistPromoted(FORUM, "nobody")));

        assertThat(registrations.forum(FORUM).registered()).isEqualTo(1);
        assertThat(registrations.forum(FORUM).waiting()).isEqualTo(2);
    }

    private void given(List<RegistrationEvent> events) {
        events.forEach(event -> registrations.apply(event, now = now.plusSeconds(1)));
    }

    private static Registrant person(String name) {
        return new Registrant(name, "Кеңес", ParticipantCategory.YOUTH, "KZ-33", List.of("kk"),
                "p" + Math.abs(name.hashCode()) + "@forum.kz", null);
    }
}
