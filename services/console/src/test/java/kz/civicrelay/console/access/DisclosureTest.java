package kz.civicrelay.console.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.civicrelay.console.SampleEvents;
import kz.civicrelay.console.board.EventEntry;
import kz.civicrelay.console.board.ForumView;
import kz.civicrelay.console.board.RelayBoard;
import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.RegistrationCancelled;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.RelayRole;

/** What each caller is shown of an event that names a participant (decision 0015), without Spring or a broker. */
class DisclosureTest {

    private static final Caller OPERATOR = new Caller("operator-aigerim", "Әйгерім", Set.of(RelayRole.OPERATOR), null);
    private static final Caller AUDITOR = new Caller("auditor-dana", "Дана", Set.of(RelayRole.AUDITOR), null);
    private static final Caller ALMATY_TEAM = new Caller("team-kz-75", "Топ", Set.of(RelayRole.REGIONAL_TEAM), "KZ-75");
    private static final Caller AKMOLA_TEAM = new Caller("team-kz-11", "Топ", Set.of(RelayRole.REGIONAL_TEAM), "KZ-11");
    private static final Caller EDITOR = new Caller("editor-kz-75", "Редакция", Set.of(RelayRole.EDITOR), "KZ-75");

    private final SampleEvents events = new SampleEvents("disclosure");
    private final RelayBoard board = new RelayBoard();

    @Test
    void shouldWithholdAParticipantsNameAndOrganisationFromAllButOperatorsAndTheirRegionsTeam() {
        EventEntry registered = fold(events.registered(1, "Айгерім Сәрсенқызы", "«Алатау» орталығы", "KZ-75"));

        assertThat(Disclosure.to(OPERATOR).shown(registered).details()).contains("Айгерім Сәрсенқызы", "«Алатау» орталығы");
        assertThat(Disclosure.to(ALMATY_TEAM).shown(registered).details()).contains("Айгерім Сәрсенқызы");
        assertThat(Disclosure.to(OPERATOR).shown(registered).sentence().kk()).contains("Айгерім Сәрсенқызы");
        for (Caller other : List.of(AUDITOR, AKMOLA_TEAM)) {
            EventEntry shown = Disclosure.to(other).shown(registered);
            assertThat(List.of(shown.sentence().kk(), shown.sentence().ru(), shown.sentence().en()))
                    .as("the sentence too").allSatisfy(s -> assertThat(s).doesNotContain("Айгерім", "Алатау")
                            .contains(Disclosure.WITHHELD));
            assertThat(shown.details()).doesNotContain("Айгерім", "Алатау")
                    .contains("fullName=" + Disclosure.WITHHELD, "organisation=" + Disclosure.WITHHELD, "regionOfOrigin=KZ-75");
            assertThat(shown.personal()).as("nothing left to withhold later").isNull();
        }
    }

    @Test
    void shouldWithholdTheNameOfAParticipantWhoActedThemself() {
        Actor participant = new Actor(ActorKind.PARTICIPANT, "p-erlan", "Ерлан Қанатұлы", "KZ-11");
        EventEntry cancelled = fold(RegistrationCancelled.newBuilder()
                .setEnvelope(new EnvelopeFactory("registration", Clock.systemUTC()).forCommand("disclosure",
                        events.forum(1), participant))
                .setParticipantId("p-1").setReason("Ерлан Қанатұлы cannot come").build());

        assertThat(Disclosure.to(AUDITOR).shown(cancelled).actorName()).isEqualTo(Disclosure.WITHHELD);
        assertThat(Disclosure.to(AUDITOR).shown(cancelled).details()).doesNotContain("Ерлан");
        assertThat(Disclosure.to(AKMOLA_TEAM).shown(cancelled).actorName()).isEqualTo("Ерлан Қанатұлы");
    }

    @Test
    void shouldGiveAForumsPageWithoutItsEventsToThoseWhoMayNotReadEvents() {
        EventEntry scheduled = fold(events.scheduled(1));
        EventEntry registered = fold(events.registered(1, "Айгерім Сәрсенқызы", "«Алатау» орталығы", "KZ-75"));
        ForumView forum = board.forum(events.forum(1)).orElseThrow().withTimeline(List.of(scheduled, registered));

        assertThat(Disclosure.to(null).shown(forum).timeline()).isNull();
        assertThat(Disclosure.to(EDITOR).shown(forum).timeline()).isNull();
        assertThat(Disclosure.to(null).shown(forum).registered()).isEqualTo(1);
        assertThat(Disclosure.to(AUDITOR).shown(forum).timeline()).hasSize(2)
                .noneSatisfy(e -> assertThat(e.details()).contains("Айгерім"));
    }

    private EventEntry fold(org.apache.avro.specific.SpecificRecord event) {
        return board.apply("relay.registration", 0, 0, event).orElseThrow();
    }
}
