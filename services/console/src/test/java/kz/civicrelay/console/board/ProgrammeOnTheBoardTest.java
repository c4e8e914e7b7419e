package kz.civicrelay.console.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.civicrelay.console.SampleEvents;
import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.ForumProgrammeSet;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.ProgrammeSession;
import kz.civicrelay.events.SessionKind;
import kz.civicrelay.platform.envelope.EnvelopeFactory;

/** A forum's page shows its programme as the last ForumProgrammeSet in the log gave it. */
class ProgrammeOnTheBoardTest {

    private final SampleEvents events = new SampleEvents("series-programme");
    private final RelayBoard board = new RelayBoard();
    private final EnvelopeFactory scheduling = new EnvelopeFactory("scheduling", Clock.systemUTC());
    private long offset;

    @Test
    void shouldShowNoProgrammeUntilOneIsSet() {
        board.apply("relay.scheduling", 0, offset++, events.planned());
        board.apply("relay.scheduling", 0, offset++, events.scheduled(2));

        assertThat(board.forum(events.forum(2)).orElseThrow().programme()).isEmpty();
    }

    @Test
    void shouldShowTheLastProgrammeSetWithKazakhTextsIntact() {
        board.apply("relay.scheduling", 0, offset++, events.planned());
        board.apply("relay.scheduling", 0, offset++, events.scheduled(2));
        board.apply("relay.scheduling", 0, offset++, programme(session("s1", SessionKind.PLENARY, null),
                session("s2", SessionKind.PANEL, 40)));

        board.apply("relay.scheduling", 0, offset++, programme(session("s1", SessionKind.PLENARY, null),
                session("s3", SessionKind.DIALOGUE_PLATFORM, 30)));

        List<SessionView> programme = board.forum(events.forum(2)).orElseThrow().programme();
        assertThat(programme).extracting(SessionView::sessionId).containsExactly("s1", "s3");
        assertThat(programme.get(1).kind()).isEqualTo("DIALOGUE_PLATFORM");
        assertThat(programme.get(1).topic().kk()).isEqualTo("Бизнес және ҮЕҰ");
        assertThat(programme.get(1).start()).isEqualTo("2031-04-02T10:00");
        assertThat(programme.get(1).room()).isEqualTo("Кіші зал");
        assertThat(programme.get(1).capacity()).isEqualTo(30);
        assertThat(programme.get(0).capacity()).isNull();
        assertThat(board.series("series-programme").orElseThrow().forums().get(0).programme())
                .as("the track shows the programme too").hasSize(2);
    }

    private ForumProgrammeSet programme(ProgrammeSession... sessions) {
        return ForumProgrammeSet.newBuilder().setEnvelope(scheduling.forCommand("series-programme", events.forum(2),
                new Actor(ActorKind.OPERATOR, "operator-dana", "Дана Әбішева", null))).setTimeZone("Asia/Almaty")
                .setSessions(List.of(sessions)).build();
    }

    private static ProgrammeSession session(String id, SessionKind kind, Integer capacity) {
        return new ProgrammeSession(id, kind, new LocalizedText("Бизнес және ҮЕҰ", "Бизнес и НПО", "Business and NGOs"),
                LocalDateTime.of(2031, 4, 2, 10, 0), LocalDateTime.of(2031, 4, 2, 12, 0), "Кіші зал", "Әлия", capacity);
    }
}
