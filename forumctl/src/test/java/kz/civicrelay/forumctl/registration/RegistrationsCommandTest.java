package kz.civicrelay.forumctl.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import kz.civicrelay.forumctl.StandInService;
import kz.civicrelay.forumctl.StandInService.Call;

/** {@code forumctl registrations} against a stand-in for registration: seats, the waitlist, the delegations. */
class RegistrationsCommandTest {

    private static final String FORUM = "civic-2027-01-kz-33";

    @RegisterExtension
    final StandInService standIn = new StandInService();
    private String url;

    @BeforeEach
    void signIn(@TempDir Path home) throws IOException {
        standIn.signIn(home, Map.of("sub", "team-kz-61", "relay_roles", List.of("regional-team"), "region", "KZ-61"));
        url = standIn.url();
    }

    @Test
    void printsTheSeatsTheWaitlistInOrderAndTheDelegationsKazakhLettersIntact() {
        standIn.answer("/registration", 200, """
                {"forumId":"civic-2027-01-kz-33","status":"OPEN","capacity":2,"registered":2,"seatsLeft":0,"waiting":1,
                 "delegationQuota":3}""");
        standIn.answer("/participants", 200, """
                [{"participantId":"p1","fullName":"Серік Жұмабаев","organisation":"Облыс әкімдігі","category":"STATE_BODY",
                  "regionOfOrigin":"KZ-61","status":"REGISTERED","delegationId":"civic-2027-01-kz-33/KZ-61",
                  "delegationHead":true},
                 {"participantId":"p2","fullName":"Әсел Нұрланқызы","organisation":"Жастар","category":"YOUTH",
                  "regionOfOrigin":"KZ-61","status":"WAITLISTED","waitlistPosition":1,"delegationHead":false}]""");
        standIn.answer("/delegations", 200, """
                [{"delegationId":"civic-2027-01-kz-33/KZ-61","regionCode":"KZ-61","region":{"kk":"Түркістан облысы"},
                  "seats":1,"head":{"fullName":"Серік Жұмабаев"}}]""");

        int exit = standIn.run("registrations", FORUM, "--registration", url);

        assertThat(exit).as(standIn.err()).isZero();
        assertThat(standIn.calls()).extracting(Call::path).containsExactly(
                "/api/forums/" + FORUM + "/registration", "/api/forums/" + FORUM + "/participants",
                "/api/forums/" + FORUM + "/delegations");
        assertThat(standIn.out())
                .contains(FORUM + ": OPEN, 2 of 2 seats taken, 0 left, 1 waiting, each delegation at most 3 seats")
                .containsPattern("REGISTERED\\s+Серік Жұмабаев\\s+Облыс әкімдігі\\s+STATE_BODY\\s+KZ-61\\s+head\\s+p1")
                .containsPattern("WAITLISTED\\s+1\\s+Әсел Нұрланқызы")
                .contains("delegation of KZ-61 (Түркістан облысы): 1 seat(s), head Серік Жұмабаев")
                .contains("2 registration(s) shown");
    }

    @Test
    void showsARefusalAsThePersonReadsIt() {
        standIn.answer("/registration", 404, "{\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"No forum nowhere is known to registration\"}");

        int exit = standIn.run("registrations", "nowhere", "--registration", url);

        assertThat(exit).isEqualTo(1);
        assertThat(standIn.err()).contains("No forum nowhere is known to registration");
    }
}
