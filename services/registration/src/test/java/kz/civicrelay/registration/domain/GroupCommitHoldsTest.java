package kz.civicrelay.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.civicrelay.registration.domain.RegistrationEvent.ParticipantRegistered;
import kz.civicrelay.registration.domain.RegistrationEvent.ParticipantWaitlisted;
import kz.civicrelay.registration.domain.RegistrationEvent.PromotionDeclined;
import kz.civicrelay.registration.domain.RegistrationEvent.RegistrationCancelled;
import kz.civicrelay.registration.domain.RegistrationEvent.WaitlistLeft;
import kz.civicrelay.registration.domain.RegistrationEvent.WaitlistPromoted;

/**
 * What a group commit holds between deciding and committing: later decisions of the group see it, a failed
 * group releases it all, and a committed one leaves nothing held behind.
 */
class GroupCommitHoldsTest {

    private static final String FORUM = "ss-01-kz-33";

    private final Registrations registrations = new Registrations();
    private final List<RegistrationEvent> group = new ArrayList<>();
    private Instant now = Instant.parse("2027-03-01T09:00:00Z");

    @BeforeEach
    void aFullForumOfTwoSeatsOnePromotedWithTwoWaiting() {
        registrations.forumScheduled(new ScheduledForum(FORUM, "ss", 2, "KZ-33"));
        committed(registrations.open(FORUM));
        committed(registrations.register(FORUM, "seated", person("Айгерім")));
        committed(registrations.register(FORUM, "leaving", person("Бауыржан")));
        committed(registrations.register(FORUM, "promoted", person("Нұрлан")));
        committed(registrations.register(FORUM, "waiting", person("Әсел")));
        committed(registrations.cancel(FORUM, "leaving", null)); // "promoted" takes the seat
        committed(registrations.register(FORUM, "last", person("Дана")));
    }

    @Test
    void shouldKnowWhatTheGroupHoldsInItsLaterDecisions() {
        assertThat(held(registrations.register(FORUM, "new", person("Ерлан"))))
                .containsExactly(new ParticipantWaitlisted(FORUM, "new", person("Ерлан"), null));
        assertThat(registrations.register(FORUM, "again", person("Ерлан"))).as("the same person, held").isEmpty();
        assertThat(held(registrations.cancel(FORUM, "last", null))).containsExactly(new WaitlistLeft(FORUM, "last", null));
        assertThatThrownBy(() -> registrations.cancel(FORUM, "last", null)).hasMessageContaining("already ending");
        assertThat(held(registrations.decline(FORUM, "promoted", null)))
                .containsExactly(new PromotionDeclined(FORUM, "promoted", null), new WaitlistPromoted(FORUM, "waiting"));
        assertThatThrownBy(() -> registrations.decline(FORUM, "promoted", null)).hasMessageContaining("already ending");
        assertThat(registrations.cancel(FORUM, "waiting", null)).as("its promotion is held: it gives a seat back")
                .containsExactly(new RegistrationCancelled(FORUM, "waiting", null), new WaitlistPromoted(FORUM, "new"));
    }

    @Test
    void shouldReleaseEverythingAFailedGroupHeld() {
        held(registrations.register(FORUM, "new", person("Ерлан")));
        held(registrations.cancel(FORUM, "last", null));
        held(registrations.decline(FORUM, "promoted", null));
        held(registrations.cancel(FORUM, "seated", null));

        group.forEach(registrations::release);

        assertThat(registrations.register(FORUM, "new", person("Ерлан")))
                .containsExactly(new ParticipantWaitlisted(FORUM, "new", person("Ерлан"), null));
        assertThat(registrations.cancel(FORUM, "last", null)).containsExactly(new WaitlistLeft(FORUM, "last", null));
        assertThat(registrations.decline(FORUM, "promoted", null))
                .containsExactly(new PromotionDeclined(FORUM, "promoted", null), new WaitlistPromoted(FORUM, "waiting"));
        assertThat(registrations.cancel(FORUM, "seated", null))
                .containsExactly(new RegistrationCancelled(FORUM, "seated", null), new WaitlistPromoted(FORUM, "waiting"));
    }

    @Test
    void shouldLeaveNothingHeldOnceTheGroupCommitted() {
        committed(held(registrations.cancel(FORUM, "seated", null))); // "waiting" takes the seat
        committed(held(registrations.cancel(FORUM, "last", null)));

        assertThat(registrations.forum(FORUM).registered()).isEqualTo(2);
        assertThat(registrations.register(FORUM, "new", person("Ерлан"))).as("full: no held seat counted twice")
                .hasOnlyElementsOfType(ParticipantWaitlisted.class);
        committed(held(registrations.cancel(FORUM, "waiting", null)));
        assertThat(registrations.register(FORUM, "new", person("Ерлан"))).as("a freed seat, not held any more")
                .hasOnlyElementsOfType(ParticipantRegistered.class);
        committed(held(registrations.register(FORUM, "again", person("Дана"))));
        assertThat(registrations.forum(FORUM).registrationOf(person("Дана"))).as("one who left may come back")
                .contains("again");
    }

    @Test
    void shouldNameTheForumItsSeriesAndHostRegion() {
        ForumRegistration forum = registrations.forum(FORUM);

        assertThat(forum.forumId()).isEqualTo(FORUM);
        assertThat(forum.seriesId()).isEqualTo("ss");
        assertThat(forum.regionCode()).isEqualTo("KZ-33");
        assertThat(forum.status()).isEqualTo(RegistrationStatus.OPEN);
    }

    private List<RegistrationEvent> held(List<RegistrationEvent> events) {
        events.forEach(registrations::hold);
        group.addAll(events);
        return events;
    }

    private void committed(List<RegistrationEvent> events) {
        events.forEach(event -> registrations.apply(event, now = now.plusSeconds(1)));
    }

    private static Registrant person(String name) {
        return new Registrant(name, "Кеңес", ParticipantCategory.YOUTH, "KZ-33", List.of("kk"),
                "p" + Math.abs(name.hashCode()) + "@forum.kz", null);
    }
}
