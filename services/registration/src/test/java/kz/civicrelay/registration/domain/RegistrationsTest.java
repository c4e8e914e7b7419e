package kz.civicrelay.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.civicrelay.platform.testing.ReplayOrders;
import kz.civicrelay.registration.domain.RegistrationEvent.ParticipantRegistered;
import kz.civicrelay.registration.domain.RegistrationEvent.RegistrationCancelled;
import kz.civicrelay.registration.domain.RegistrationEvent.RegistrationClosed;
import kz.civicrelay.registration.domain.RegistrationEvent.RegistrationOpened;

class RegistrationsTest {

    private static final String FORUM = "ss-01-kz-33";
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private final Registrations registrations = new Registrations();
    /** The time of the next event folded: each one a second after the one before. */
    private Instant now = T0;

    @Test
    void shouldOpenRegistrationOnceWithTheAnnouncedCapacity() {
        registrations.forumScheduled(new ScheduledForum(FORUM, "ss", 200, "KZ-33"));

        List<RegistrationEvent> first = registrations.open(FORUM);
        given(first);

        assertThat(first).containsExactly(new RegistrationOpened(FORUM, 200, "KZ-33"));
        assertThat(registrations.open(FORUM)).as("a repeated opening writes nothing").isEmpty();
        assertThat(registrations.forum(FORUM).status()).isEqualTo(RegistrationStatus.OPEN);
    }

    @Test
    void shouldRefuseRegistrationBeforeItOpens() {
        registrations.forumScheduled(new ScheduledForum(FORUM, "ss", 200, "KZ-33"));

        assertThatThrownBy(() -> registrations.register(FORUM, "p1", aigerim()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not open yet");
    }

    @Test
    void shouldRegisterAParticipantWhileOpen() {
        openForum(200);

        List<RegistrationEvent> events = registrations.register(FORUM, "p1", aigerim());
        given(events);

        assertThat(events).containsExactly(new ParticipantRegistered(FORUM, "p1", aigerim()));
        assertThat(registrations.forum(FORUM).registered()).isEqualTo(1);
        assertThat(registrations.forum(FORUM).seatsLeft()).isEqualTo(199);
    }

    @Test
    void shouldPutAPersonOnTheWaitlistWhenFull() {
        openForum(2);
        given(registrations.register(FORUM, "p1", aigerim()));
        given(registrations.register(FORUM, "p2", registrant("Нұрлан Сейітов", "Жастар ұйымы")));

        assertThat(registrations.register(FORUM, "p3", registrant("Olga Kim", "Media centre")))
                .containsExactly(new RegistrationEvent.ParticipantWaitlisted(FORUM, "p3",
                        registrant("Olga Kim", "Media centre"), null));
    }

    @Test
    void shouldFreeTheSeatOfACancelledRegistration() {
        openForum(1);
        given(registrations.register(FORUM, "p1", aigerim()));

        given(registrations.cancel(FORUM, "p1", "Ауырып қалдым"));

        assertThat(registrations.forum(FORUM).seatsLeft()).isEqualTo(1);
        assertThat(registrations.register(FORUM, "p2", registrant("Olga Kim", "Media centre"))).hasSize(1);
        assertThat(registrations.forum(FORUM).participant("p1").cancellationReason()).isEqualTo("Ауырып қалдым");
    }

    @Test
    void shouldGiveTheSamePersonTheirExistingSeatWhateverTheCaseAndSpacing() {
        openForum(200);
        given(registrations.register(FORUM, "p1", aigerim()));

        Registrant again = registrant("  АЙГЕРІМ   әлиқызы ", "қоғамдық КЕҢЕС");

        assertThat(registrations.register(FORUM, "p2", again)).as("no second seat").isEmpty();
        assertThat(registrations.forum(FORUM).registrationOf(again)).contains("p1");
        assertThat(registrations.forum(FORUM).registered()).isEqualTo(1);
    }

    @Test
    void shouldKnowTheSamePersonByEmailOrPhoneWhateverTheNameSays() {
        openForum(200);
        given(registrations.register(FORUM, "p1", withContacts("Aigerim Alikyzy", "Aigerim@Mail.kz", null)));
        given(registrations.register(FORUM, "p2", withContacts("Нұрлан Сейітов", null, "+7 701 123 45 67")));

        assertThat(registrations.register(FORUM, "p3", withContacts("Айгерім", "aigerim@mail.kz", null))).isEmpty();
        assertThat(registrations.forum(FORUM).registrationOf(withContacts("Айгерім", "aigerim@mail.kz", null)))
                .contains("p1");
        assertThat(registrations.forum(FORUM).registrationOf(withContacts("Н. Сейітов", null, "87011234567")))
                .contains("p2");
        assertThat(registrations.register(FORUM, "p4", withContacts("Aigerim Alikyzy", "other@mail.kz", null)))
                .as("the same name with another address is another person").hasSize(1);
    }

    @Test
    void shouldCountHeldSeatsAndPeopleUntilTheirGroupCommitsOrFails() {
        openForum(2);
        List<RegistrationEvent> first = registrations.register(FORUM, "p1", aigerim());
        first.forEach(registrations::hold);

        assertThat(registrations.register(FORUM, "p2", aigerim())).as("the held person is known").isEmpty();
        assertThat(registrations.forum(FORUM).registrationOf(aigerim())).contains("p1");
        List<RegistrationEvent> second = registrations.register(FORUM, "p2", registrant("Olga Kim", "Media"));
        second.forEach(registrations::hold);
        assertThat(registrations.register(FORUM, "p3", registrant("Ерлан Ахметов", "Кеңес")))
                .as("held seats count").first().isInstanceOf(RegistrationEvent.ParticipantWaitlisted.class);
        assertThat(registrations.forum(FORUM).registered()).as("nothing is registered before it commits").isZero();

        second.forEach(registrations::release);
        given(first);

        assertThat(registrations.forum(FORUM).registered()).isEqualTo(1);
        assertThat(registrations.forum(FORUM).seatsLeft()).isEqualTo(1);
        assertThat(registrations.forum(FORUM).registrationOf(registrant("Olga Kim", "Media"))).isEmpty();
        assertThat(registrations.register(FORUM, "p3", registrant("Ерлан Ахметов", "Кеңес"))).hasSize(1);
    }

    @Test
    void shouldRefuseASecondCancellationHeldInTheSameGroup() {
        openForum(2);
        given(registrations.register(FORUM, "p1", aigerim()));
        List<RegistrationEvent> cancelled = registrations.cancel(FORUM, "p1", null);
        cancelled.forEach(registrations::hold);

        assertThatThrownBy(() -> registrations.cancel(FORUM, "p1", null)).hasMessageContaining("already ending");
        assertThat(registrations.forum(FORUM).seatsLeft()).as("the seat frees once the cancellation commits")
                .isEqualTo(1);
        cancelled.forEach(registrations::release);
        assertThat(registrations.cancel(FORUM, "p1", null)).as("a failed cancellation can be made again").hasSize(1);
    }

    @Test
    void shouldRefuseAParticipantIdUsedBefore() {
        openForum(2);
        given(registrations.register(FORUM, "p1", aigerim()));

        assertThatThrownBy(() -> registrations.register(FORUM, "p1", registrant("Olga Kim", "Media")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already used");
    }

    @Test
    void shouldLetAPersonRegisterAgainAfterCancelling() {
        openForum(200);
        given(registrations.register(FORUM, "p1", aigerim()));
        given(registrations.cancel(FORUM, "p1", null));

        assertThat(registrations.register(FORUM, "p2", aigerim())).hasSize(1);
    }

    @Test
    void shouldRefuseToCancelTwice() {
        openForum(200);
        given(registrations.register(FORUM, "p1", aigerim()));
        given(registrations.cancel(FORUM, "p1", null));

        assertThatThrownBy(() -> registrations.cancel(FORUM, "p1", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already cancelled");
    }

    @Test
    void shouldCloseOnceWithTheCountOfSeatsTaken() {
        openForum(200);
        given(registrations.register(FORUM, "p1", aigerim()));
        given(registrations.register(FORUM, "p2", registrant("Olga Kim", "Media centre")));
        given(registrations.cancel(FORUM, "p2", null));

        List<RegistrationEvent> closed = registrations.close(FORUM);
        given(closed);

        assertThat(closed).containsExactly(new RegistrationClosed(FORUM, 1));
        assertThat(registrations.close(FORUM)).as("a repeated closing writes nothing").isEmpty();
    }

    @Test
    void shouldRefuseRegistrationAndCancellationOnceClosed() {
        openForum(200);
        given(registrations.register(FORUM, "p1", aigerim()));
        given(registrations.close(FORUM));

        assertThatThrownBy(() -> registrations.register(FORUM, "p2", registrant("Olga Kim", "Media centre")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> registrations.cancel(FORUM, "p1", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void shouldNotCloseARegistrationThatNeverOpened() {
        registrations.forumScheduled(new ScheduledForum(FORUM, "ss", 200, "KZ-33"));

        assertThat(registrations.close(FORUM)).isEmpty();
    }

    @Test
    void shouldNeverOpenACancelledForum() {
        registrations.forumScheduled(new ScheduledForum(FORUM, "ss", 200, "KZ-33"));
        registrations.forumCancelled(FORUM);

        assertThat(registrations.open(FORUM)).isEmpty();
    }

    @Test
    void shouldTreatAnUnknownForumOrParticipantAsNotFound() {
        openForum(200);

        assertThatThrownBy(() -> registrations.open("ss-09-kz-10")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> registrations.register("ss-09-kz-10", "p1", aigerim()))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> registrations.cancel(FORUM, "nobody", null))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void shouldRefuseAnOverlongCancellationReason() {
        openForum(200);
        given(registrations.register(FORUM, "p1", aigerim()));

        assertThatThrownBy(() -> registrations.cancel(FORUM, "p1", "x".repeat(501)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepTheOpenedCapacityWhenTheForumIsAnnouncedAgain() {
        openForum(2);

        registrations.forumScheduled(new ScheduledForum(FORUM, "ss", 500, "KZ-33"));

        assertThat(registrations.forum(FORUM).capacity()).isEqualTo(2);
    }

    @Test
    void shouldRebuildFromItsOwnEventsEvenWhenTheyAreReadBeforeTheForumAnnouncement() {
        List<RegistrationEvent> history = List.of(new RegistrationOpened(FORUM, 3, "KZ-33"),
                new ParticipantRegistered(FORUM, "p1", aigerim()),
                new RegistrationCancelled(FORUM, "p1", "changed plans"),
                new ParticipantRegistered(FORUM, "p2", registrant("Olga Kim", "Media centre")));

        history.forEach(event -> registrations.apply(event, T0));
        registrations.forumScheduled(new ScheduledForum(FORUM, "ss", 500, "KZ-33"));

        ForumRegistration forum = registrations.forum(FORUM);
        assertThat(forum.status()).isEqualTo(RegistrationStatus.OPEN);
        assertThat(forum.capacity()).isEqualTo(3);
        assertThat(forum.seatsLeft()).isEqualTo(2);
        assertThat(forum.participant("p1").cancelled()).isTrue();
        assertThat(forum.participant("p2").cancelled()).isFalse();
    }

    private void openForum(int capacity) {
        registrations.forumScheduled(new ScheduledForum(FORUM, "ss", capacity, "KZ-33"));
        given(registrations.open(FORUM));
    }

    @ParameterizedTest
    @MethodSource("replayOrders")
    void listsParticipantsInTheOrderTheyRegisteredWhateverOrderTheirEventsArrive(UnaryOperator<List<Logged>> replay) {
        // Given five registrations a second apart, the last two in the same instant, and one cancelled
        List<Logged> written = List.of(new Logged(new RegistrationOpened(FORUM, 200, "KZ-33"), T0),
                new Logged(new ParticipantRegistered(FORUM, "p-3", aigerim()), T0.plusSeconds(1)),
                new Logged(new ParticipantRegistered(FORUM, "p-1", registrant("Olga Kim", "Media centre")),
                        T0.plusSeconds(2)),
                new Logged(new ParticipantRegistered(FORUM, "p-2", registrant("Нұрлан Сейітов", "Жастар ұйымы")),
                        T0.plusSeconds(3)),
                new Logged(new ParticipantRegistered(FORUM, "p-9", registrant("Dana Ospan", "Еріктілер")),
                        T0.plusSeconds(4)),
                new Logged(new ParticipantRegistered(FORUM, "p-10", registrant("Ерлан Қонысбаев", "Бизнес")),
                        T0.plusSeconds(4)));
        registrations.forumScheduled(new ScheduledForum(FORUM, "ss", 200, "KZ-33"));

        // When a restarted service folds them in a replay's order, then the cancellation that came after them
        replay.apply(written).forEach(logged -> registrations.apply(logged.event(), logged.occurredAt()));
        registrations.apply(new RegistrationCancelled(FORUM, "p-1", null), T0.plusSeconds(5));

        // Then they are listed by registration time, then participant id (as text), the cancelled one in its place
        assertThat(registrations.forum(FORUM).participants()).extracting(Participant::participantId)
                .containsExactly("p-3", "p-1", "p-2", "p-10", "p-9");
        assertThat(registrations.forum(FORUM).participants()).extracting(Participant::registeredAt)
                .containsExactly(T0.plusSeconds(1), T0.plusSeconds(2), T0.plusSeconds(3), T0.plusSeconds(4),
                        T0.plusSeconds(4));
        assertThat(registrations.forum(FORUM).participant("p-1").cancelled()).isTrue();
    }

    /** An event as the log holds it: with the time it happened. */
    private record Logged(RegistrationEvent event, Instant occurredAt) {
    }

    /**
     * The orders a replay may bring events in: as written, reversed, shuffled, partition after partition.
     * A forum's events share a partition, yet the list must follow their time, not the order read.
     */
    static Stream<Named<UnaryOperator<List<Logged>>>> replayOrders() {
        return ReplayOrders.all(20260301L);
    }

    private void given(List<RegistrationEvent> events) {
        events.forEach(event -> {
            registrations.apply(event, now);
            now = now.plusSeconds(1);
        });
    }

    private static Registrant aigerim() {
        return registrant("Айгерім Әлиқызы", "Қоғамдық кеңес");
    }

    private static Registrant withContacts(String name, String email, String phone) {
        return new Registrant(name, "Қоғамдық кеңес", ParticipantCategory.PUBLIC_COUNCIL, "KZ-33", List.of("kk"), email,
                phone);
    }

    private static Registrant registrant(String name, String organisation) {
        return new Registrant(name, organisation, ParticipantCategory.PUBLIC_COUNCIL, "KZ-33", List.of("kk", "ru"));
    }
}
