package kz.civicrelay.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;

/**
 * The roster panel of a forum's page: delegations, the waitlist and the lists to print, read at registration (here
 * a stand-in that records what reached it, listed after an instance that does not answer) with the caller's own
 * token; registration's answer comes back as it was — JSON with Kazakh letters, a file's bytes with its name, a
 * refusal as its problem — and those the panel is not for are refused by the console itself.
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RosterIT {

    private static final String FORUM = "console-roster-02-kz-75";
    private static final String ALMATY_TEAM = TestIssuer.team("KZ-75");
    private static final FakeRegistration REGISTRATION = FakeRegistration.start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void registrationUrl(DynamicPropertyRegistry registry) {
        registry.add("relay.console.registration-url", () -> "http://localhost:" + closedPort() + ","
                + REGISTRATION.url());
    }

    @AfterAll
    static void stopRegistration() {
        REGISTRATION.close();
    }

    @Test
    void shouldReadAForumsPeopleAtRegistrationAsTheCaller() throws Exception {
        ConsoleHttp http = new ConsoleHttp(port);
        String operator = TestIssuer.operator();
        int before = REGISTRATION.received().size();

        HttpResponse<String> delegations = http.get("/api/forums/" + FORUM + "/delegations", operator);
        HttpResponse<String> waitlist = http.get("/api/forums/" + FORUM + "/waitlist", ALMATY_TEAM);
        HttpResponse<byte[]> list = http.getBytes("/api/forums/" + FORUM + "/lists/participants.csv?lang=ru", operator);

        assertThat(delegations.statusCode()).isEqualTo(200);
        assertThat(delegations.body()).isEqualTo(FakeRegistration.delegations(FORUM));
        assertThat(waitlist.statusCode()).isEqualTo(200);
        assertThat(waitlist.body()).contains(FakeRegistration.WAITING);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).as("the file's bytes untouched, Kazakh letters and BOM included")
                .isEqualTo(FakeRegistration.CSV);
        assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(list.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + FORUM + "-participants-ru.csv\"");
        assertThat(REGISTRATION.received().subList(before, REGISTRATION.received().size())).containsExactly(
                "GET /api/forums/" + FORUM + "/delegations Bearer " + operator,
                "GET /api/forums/" + FORUM + "/participants?status=WAITLISTED Bearer " + ALMATY_TEAM,
                "GET /api/forums/" + FORUM + "/lists/participants.csv?lang=ru Bearer " + operator);
    }

    @Test
    void shouldPassRegistrationsRefusalBackAndRefuseThoseThePanelIsNotFor() throws Exception {
        ConsoleHttp http = new ConsoleHttp(port);
        int before = REGISTRATION.received().size();

        HttpResponse<String> refused = http.get("/api/forums/refused/delegations", ALMATY_TEAM);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("may not see");
        assertThat(http.get("/api/forums/" + FORUM + "/waitlist", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/forums/" + FORUM + "/waitlist", TestIssuer.auditor()).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/forums/" + FORUM + "/lists/waitlist.xlsx", TestIssuer.participant("p-1", "KZ-75"))
                .statusCode()).isEqualTo(403);
        assertThat(REGISTRATION.received()).as("only the team's request reached registration").hasSize(before + 1);
    }

    /** A port nothing listens on: the first instance listed, which does not answer. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
