package kz.civicrelay.forumctl.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.forumctl.StandInService;

/**
 * {@code forumctl metrics} against stand-ins for the services, signed in as the operator: every service read with the
 * session's token, one that refuses or does not answer reported in one line while the others are still read.
 */
class MetricsCommandTest {

    @RegisterExtension
    final StandInService services = new StandInService();
    @RegisterExtension
    final StandInService refusing = new StandInService();
    private String token;
    private String nothing;

    @BeforeEach
    void signInAsTheOperator(@TempDir Path home) throws IOException {
        token = services.signIn(home, Map.of("sub", "operator", "name", "Оператор", "relay_roles", List.of("operator")));
        services.answer("/actuator/prometheus", 200, RelayMetersTest.text("handoff"));
        refusing.answer(403, "");
        try (ServerSocket free = new ServerSocket(0)) {
            nothing = "http://localhost:" + free.getLocalPort();
        }
    }

    @Test
    void everyServiceIsReadWithTheSessionsTokenAndTheOnesThatCannotBeAreReportedInOneLineEach() {
        int exit = services.run(every(services.url(), "identity=" + refusing.url(), "console=" + nothing));

        assertThat(exit).as("a service could not be read").isEqualTo(1);
        assertThat(services.calls()).hasSize(5).allMatch(c -> c.path().equals("/actuator/prometheus")
                && c.authorization().equals("Bearer " + token));
        assertThat(refusing.calls()).singleElement().matches(c -> c.authorization().equals("Bearer " + token));
        assertThat(services.out()).containsPattern("scheduling +batons passed +- +19\n")
                .containsPattern("handoff +handoff latency +stage baton +19 measured")
                .endsWith("5 of 7 service(s) read\n");
        assertThat(services.err().lines()).containsExactly(
                "identity: 403: the signed-in operator may not read the metrics (" + refusing.url()
                        + "); operators and auditors may",
                "console: Nothing answers at " + nothing + " (/actuator/prometheus): is the relay running? "
                        + "Start it with ./forumctl.sh up");
    }

    @Test
    void aServiceThatRedirectsToItsSignInPageIsReportedAsNotTakingTheToken() {
        refusing.answer(302, "");

        assertThat(services.run(every(services.url(), "identity=" + refusing.url()))).isEqualTo(1);

        assertThat(services.err()).isEqualTo("identity: 302: " + refusing.url() + "/actuator/prometheus sends a sign-in "
                + "page instead (it does not take the session's token there)" + System.lineSeparator());
        assertThat(services.out()).endsWith("6 of 7 service(s) read\n");
    }

    @Test
    void whenEveryServiceIsReadTheExitCodeIsZero() {
        assertThat(services.run(every(services.url()))).as(services.err()).isZero();
        assertThat(services.err()).isEmpty();
        assertThat(services.out()).endsWith("7 of 7 service(s) read\n");
    }

    @Test
    void jsonAndRawGiveTheSameScrapesAsJsonAndAsTheirRelayLines() throws IOException {
        assertThat(services.run(every(services.url(), "identity=" + refusing.url(), "--json"))).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(services.out());
        assertThat(json.path("services")).hasSize(7);
        assertThat(json.path("services").get(0).path("service").asText()).isEqualTo("identity");
        assertThat(json.path("services").get(0).path("read").asBoolean()).isFalse();
        assertThat(json.path("services").get(4).path("batonsPassed").asInt()).isEqualTo(19);

        int before = services.out().length();
        assertThat(services.run(every(services.url(), "--raw"))).isZero();
        String raw = services.out().substring(before);
        assertThat(raw).startsWith("# forumctl metrics: identity " + services.url() + "\n")
                .contains("relay_batons_passed_total{application=\"handoff\"} 19.0\n").doesNotContain("jvm_");
    }

    @Test
    void theDefaultsAreTheHostsDefaultPortsAndAServiceNamedIsTakenFromItsUrl() {
        MetricsCommand command = new MetricsCommand();
        command.host = "http://relay.example.kz/";
        command.services.put("Handoff", "http://10.0.0.5:18084/");

        assertThat(command.urls()).containsEntry(kz.civicrelay.forumctl.system.RelayService.SCHEDULING,
                "http://relay.example.kz:8081").containsEntry(kz.civicrelay.forumctl.system.RelayService.IDENTITY,
                "http://relay.example.kz:9000").containsEntry(kz.civicrelay.forumctl.system.RelayService.HANDOFF,
                "http://10.0.0.5:18084").hasSize(7);
    }

    @Test
    void anUnknownServiceBothFormatsOrNobodySignedInIsRefusedBeforeAnythingIsRead() {
        assertThat(services.run("metrics", "--service", "billing=" + services.url())).isEqualTo(2);
        assertThat(services.err()).contains("billing", "identity, scheduling");
        assertThat(services.run(every(services.url(), "--json", "--raw"))).isEqualTo(2);
        System.clearProperty("forumctl.home");
        System.setProperty("forumctl.home", Path.of("target", "nobody-signed-in").toString());
        assertThat(services.run(every(services.url()))).isEqualTo(2);
        assertThat(services.err()).contains("not signed in");
        assertThat(services.calls()).isEmpty();
    }

    /** {@code metrics --service name=url} for every service at {@code url}, then {@code more}. */
    private static String[] every(String url, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("metrics"));
        for (String service : List.of("identity", "scheduling", "registration", "resolution", "handoff", "delivery",
                "console")) {
            args.add("--service");
            args.add(service + "=" + url);
        }
        for (String each : more) {
            args.add(each.startsWith("--") ? each : "--service");
            if (!each.startsWith("--")) {
                args.add(each);
            }
        }
        return args.toArray(String[]::new);
    }
}
