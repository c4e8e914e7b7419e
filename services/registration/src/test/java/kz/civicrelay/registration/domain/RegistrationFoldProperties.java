package kz.civicrelay.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import kz.civicrelay.registration.domain.RegistrationEvent.ParticipantRegistered;

/**
 * The fold under group commit, for any requests in any grouping with any commits failing: nothing is
 * accepted beyond capacity, nobody holds two seats or waits twice, nobody waits while a seat is free, the
 * waitlist keeps its order, every accepted registration is in the state (and only those), attendance is marked at
 * most once per registration and only for one holding a seat (however many scans arrive together), and a replay
 * of what was committed rebuilds the same state.
 */
class RegistrationFoldProperties {

    private static final String FORUM = "ss-01-kz-33";

    /**
     * One request: register a person (one of a few, written in varied ways), or cancel an earlier registration
     * (leave the waitlist), or decline a promotion, or check an earlier registration in at the door.
     */
    record Request(boolean cancel, int person, int spelling, int target) {
    }

    /** Requests arriving together, and whether their transaction commits. */
    record Group(List<Request> requests, boolean commits) {
    }

    @Property(tries = 300)
    void groupCommitKeepsCapacityAndIdentity(@ForAll @IntRange(min = 1, max = 12) int capacity,
            @ForAll("groups") @Size(max = 25) List<Group> groups) {
        Registrations live = openForum(capacity);
        List<RegistrationEvent> committed = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        int next = 0;
        Instant now = Instant.parse("2027-03-01T09:00:00Z");
        for (Group group : groups) {
            List<RegistrationEvent> decided = new ArrayList<>();
            for (Request request : group.requests()) {
                try {
                    String target = "p" + (request.target() % Math.max(1, next));
                    List<RegistrationEvent> events = !request.cancel()
                            ? live.register(FORUM, "p" + next++, person(request.person(), request.spelling()))
                            : request.person() % 3 == 0 ? live.decline(FORUM, target, null)
                                    : request.person() % 3 == 1 ? live.checkIn(FORUM, target)
                                            : live.cancel(FORUM, target, null);
                    events.forEach(live::hold);
                    decided.addAll(events);
                } catch (IllegalStateException | java.util.NoSuchElementException refused) {
                    // full, already cancelled, or no such registration: refused alone, nothing held
                }
                assertThat(live.forum(FORUM).seatsLeft()).isGreaterThanOrEqualTo(0);
            }
            if (group.commits()) {
                for (RegistrationEvent event : decided) {
                    live.apply(event, now = now.plusMillis(1));
                    committed.add(event);
                    if (event instanceof ParticipantRegistered registered) {
                        accepted.add(registered.participantId());
                    } else if (event instanceof RegistrationEvent.ParticipantWaitlisted waitlisted) {
                        accepted.add(waitlisted.participantId());
                    }
                }
            } else {
                decided.forEach(live::release);
            }
            assertInvariants(live.forum(FORUM), capacity, accepted);
            assertAttendedOnce(live.forum(FORUM), committed);
        }
        Registrations replayed = openForum(capacity);
        Instant then = Instant.parse("2027-03-01T09:00:00Z");
        for (RegistrationEvent event : committed) {
            replayed.apply(event, then = then.plusMillis(1));
        }
        assertThat(replayed.forum(FORUM).participants()).isEqualTo(live.forum(FORUM).participants());
        assertThat(replayed.forum(FORUM).registered()).isEqualTo(live.forum(FORUM).registered());
        for (int person = 0; person < PEOPLE; person++) {
            assertThat(replayed.forum(FORUM).registrationOf(person(person, 0)))
                    .isEqualTo(live.forum(FORUM).registrationOf(person(person, 0)));
        }
    }

    private static void assertAttendedOnce(ForumRegistration forum, List<RegistrationEvent> committed) {
        List<String> marked = committed.stream().filter(e -> e instanceof RegistrationEvent.AttendanceMarked)
                .map(e -> ((RegistrationEvent.AttendanceMarked) e).participantId()).toList();
        assertThat(marked).as("marked once per registration").doesNotHaveDuplicates();
        assertThat(forum.participants()).filteredOn(p -> p.checkedInAt() != null)
                .extracting(Participant::participantId).containsExactlyInAnyOrderElementsOf(marked)
                .allSatisfy(id -> assertThat(forum.participant(id).holdsSeat()).as("checked in holds a seat").isTrue());
        assertThat(forum.attendance().total().attended()).isEqualTo(marked.size());
    }

    private static void assertInvariants(ForumRegistration forum, int capacity, List<String> accepted) {
        List<Participant> active = forum.participants().stream().filter(p -> !p.cancelled()).toList();
        assertThat(forum.registered()).isEqualTo(active.stream().filter(Participant::holdsSeat).count())
                .isLessThanOrEqualTo(capacity);
        assertThat(forum.waitlist()).containsExactlyElementsOf(forum.participants().stream()
                .filter(p -> p.standing() == Standing.WAITLISTED).map(Participant::participantId).toList());
        if (forum.waiting() > 0) {
            assertThat(forum.registered()).as("nobody waits while a seat is free").isEqualTo(capacity);
        }
        assertThat(forum.participants()).extracting(Participant::participantId)
                .containsExactlyInAnyOrderElementsOf(accepted);
        Set<String> keys = new HashSet<>();
        for (Participant participant : active) {
            for (String key : participant.registrant().identityKeys()) {
                assertThat(keys.add(key)).as("nobody twice: %s", key).isTrue();
            }
            assertThat(forum.registrationOf(participant.registrant())).contains(participant.participantId());
        }
    }

    @Provide
    Arbitrary<List<Group>> groups() {
        Arbitrary<Request> request = Combinators.combine(Arbitraries.of(false, false, true),
                Arbitraries.integers().between(0, PEOPLE - 1), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 50)).as(Request::new);
        Arbitrary<Group> group = Combinators.combine(request.list().ofMinSize(1).ofMaxSize(8),
                Arbitraries.of(true, true, true, false)).as(Group::new);
        return group.list();
    }

    private static final int PEOPLE = 10;

    /**
     * Person {@code n} written one of four ways: by e-mail in varied case, by phone in varied formats, by
     * both, or (persons 0-2 only, as a team would) by name and organisation in varied case and spacing.
     */
    private static Registrant person(int n, int spelling) {
        String email = (spelling % 2 == 0 ? "Person" : "person") + n + "@Forum.KZ";
        String phone = (spelling % 2 == 0 ? "8 701 000 00 " : "+7701000 00") + String.format("%02d", n);
        String name = (spelling % 2 == 0 ? "Қатысушы " : "ҚАТЫСУШЫ  ") + n;
        return switch (n < 3 ? spelling : spelling % 3) {
            case 0 -> new Registrant(name, "Кеңес", ParticipantCategory.YOUTH, "KZ-33", List.of("kk"), email, null);
            case 1 -> new Registrant(name, "Кеңес", ParticipantCategory.YOUTH, "KZ-33", List.of("kk"), null, phone);
            case 2 -> new Registrant(name, "Кеңес", ParticipantCategory.YOUTH, "KZ-33", List.of("kk"), email, phone);
            default -> new Registrant(name, " кеңес", ParticipantCategory.YOUTH, "KZ-33", List.of("kk"));
        };
    }

    private static Registrations openForum(int capacity) {
        Registrations registrations = new Registrations();
        registrations.forumScheduled(new ScheduledForum(FORUM, "ss", capacity, "KZ-33"));
        registrations.open(FORUM).forEach(e -> registrations.apply(e, Instant.parse("2027-03-01T08:00:00Z")));
        return registrations;
    }
}
