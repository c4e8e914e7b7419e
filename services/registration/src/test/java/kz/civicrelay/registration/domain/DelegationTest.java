package kz.civicrelay.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.civicrelay.registration.domain.ForumRegistration.Member;
import kz.civicrelay.registration.domain.RegistrationEvent.ParticipantRegistered;

/** A region's delegation: registered together by its team, one head, within the seats and the plan's quota. */
class DelegationTest {

    private static final String FORUM = "ss-01-kz-33";

    private final Registrations registrations = new Registrations();
    private Instant now = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void registersTheHeadAndMembersTogetherAsTheRegionsDelegation() {
        open(10, 3);

        List<RegistrationEvent> events = registrations.registerDelegation(FORUM, "KZ-61",
                List.of(member("h", "Серік", true), member("m1", "Әсем", false)));

        String delegation = Delegation.idOf(FORUM, "KZ-61");
        assertThat(events).containsExactly(
                new ParticipantRegistered(FORUM, "h", person("Серік", "KZ-61"), null,
                        new Delegation(delegation, "KZ-61", true)),
                new ParticipantRegistered(FORUM, "m1", person("Әсем", "KZ-61"), null,
                        new Delegation(delegation, "KZ-61", false)));
        given(events);
        assertThat(registrations.forum(FORUM).registered()).isEqualTo(2);
        assertThat(registrations.forum(FORUM).participant("h").delegation().head()).isTrue();
        assertThat(registrations.registerDelegation(FORUM, "KZ-61", List.of(member("m2", "Ұлан", false))))
                .as("members added later").hasSize(1);
    }

    @Test
    void keepsToThePlansQuotaPerRegionCountingWhatIsHeldAndFreed() {
        open(10, 2);
        List<RegistrationEvent> held = registrations.registerDelegation(FORUM, "KZ-61",
                List.of(member("h", "Серік", true), member("m1", "Әсем", false)));
        held.forEach(registrations::hold);

        assertThatThrownBy(() -> registrations.registerDelegation(FORUM, "KZ-61", List.of(member("m2", "Ұлан", false))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at most 2").hasMessageContaining("has 2");
        assertThat(registrations.registerDelegation(FORUM, "KZ-75", List.of(member("x", "Ерлан", true, "KZ-75"))))
                .as("another region's quota is its own").hasSize(1);
        held.forEach(registrations::release);
        given(held);
        given(registrations.cancel(FORUM, "m1", null));
        assertThat(registrations.registerDelegation(FORUM, "KZ-61", List.of(member("m2", "Ұлан", false))))
                .as("a cancelled member's place is free again").hasSize(1);
    }

    @Test
    void refusesAllWhenTheSeatsLeftDoNotSuffice() {
        open(2, null);

        assertThatThrownBy(() -> registrations.registerDelegation(FORUM, "KZ-61", List.of(member("h", "Серік", true),
                member("m1", "Әсем", false), member("m2", "Ұлан", false))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2 seats left, not 3");
    }

    @Test
    void refusesAMemberRegisteredAlreadyOrNamedTwiceOrFromAnotherRegion() {
        open(10, null);
        given(registrations.register(FORUM, "alone", person("Әсем", "KZ-61")));

        assertThatThrownBy(() -> registrations.registerDelegation(FORUM, "KZ-61",
                List.of(member("h", "Серік", true), member("m1", "Әсем", false))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already registered")
                .hasMessageContaining("alone");
        assertThatThrownBy(() -> registrations.registerDelegation(FORUM, "KZ-61",
                List.of(member("h", "Серік", true), member("m1", "Серік", false))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("named twice");
        assertThatThrownBy(() -> registrations.registerDelegation(FORUM, "KZ-61",
                List.of(member("h", "Серік", true, "KZ-75"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not from the delegation's region");
        assertThatThrownBy(() -> registrations.registerDelegation(FORUM, "KZ-61", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    }

    @Test
    void hasExactlyOneHead() {
        open(10, null);

        assertThatThrownBy(() -> registrations.registerDelegation(FORUM, "KZ-61", List.of(member("m1", "Әсем", false))))
                .hasMessageContaining("head must be named");
        assertThatThrownBy(() -> registrations.registerDelegation(FORUM, "KZ-61",
                List.of(member("h", "Серік", true), member("h2", "Әсем", true)))).hasMessageContaining("one head");
        given(registrations.registerDelegation(FORUM, "KZ-61", List.of(member("h", "Серік", true))));
        assertThatThrownBy(() -> registrations.registerDelegation(FORUM, "KZ-61", List.of(member("h2", "Әсем", true))))
                .hasMessageContaining("has one already");
    }

    @Test
    void needsRegistrationOpen() {
        registrations.forumScheduled(new ScheduledForum(FORUM, "ss", 10, "KZ-33", 2));

        assertThatThrownBy(() -> registrations.registerDelegation(FORUM, "KZ-61", List.of(member("h", "Серік", true))))
                .hasMessageContaining("not open yet");
        assertThatThrownBy(() -> new ScheduledForum(FORUM, "ss", 10, "KZ-33", 0)).hasMessageContaining("quota");
    }

    private void open(int capacity, Integer quota) {
        registrations.forumScheduled(new ScheduledForum(FORUM, "ss", capacity, "KZ-33", quota));
        given(registrations.open(FORUM));
        assertThat(registrations.forum(FORUM).delegationQuota()).isEqualTo(quota);
    }

    private void given(List<RegistrationEvent> events) {
        events.forEach(event -> registrations.apply(event, now = now.plusSeconds(1)));
    }

    private static Member member(String id, String name, boolean head) {
        return member(id, name, head, "KZ-61");
    }

    private static Member member(String id, String name, boolean head, String region) {
        return new Member(id, person(name, region), head);
    }

    private static Registrant person(String name, String region) {
        return new Registrant(name, "Облыс жастары", ParticipantCategory.YOUTH, region, List.of("kk"));
    }
}
