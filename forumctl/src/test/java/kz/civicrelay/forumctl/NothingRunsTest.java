package kz.civicrelay.forumctl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.auth.SessionTokens;

/**
 * When nothing runs, every command says so in one line and exits non-zero, instead of hanging or
 * printing a client's warnings. Tried: demo, audit and tail against a port where no broker listens;
 * inbox and ack without a session, and signed in against a port where no handoff service listens; the delivery
 * commands likewise against the delivery service, and the resolution commands against the resolution service; status
 * where no forumctl up runs.
 * (The timeout only guards against the old hang; the commands answer in a few seconds.)
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NothingRunsTest {

    private static int nobody;

    @BeforeAll
    static void aPortWhereNothingListens() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            nobody = socket.getLocalPort();
        }
    }

    @Test
    void demoSaysNoBrokerAnswers() {
        Run run = Run.of("demo", "--bootstrap-servers", "localhost:" + nobody);
        run.assertOneLineRefusal("No Kafka broker answers at localhost:" + nobody, "./forumctl.sh up");
    }

    @Test
    void auditSaysNoBrokerAnswers() {
        Run.of("audit", "series-1", "--bootstrap-servers", "localhost:" + nobody)
                .assertOneLineRefusal("No Kafka broker answers at localhost:" + nobody, "./forumctl.sh up");
    }

    @Test
    void tailSaysNoBrokerAnswers() {
        Run.of("tail", "--bootstrap-servers", "localhost:" + nobody)
                .assertOneLineRefusal("No Kafka broker answers at localhost:" + nobody, "./forumctl.sh up");
    }

    @Test
    void inboxAndAckSayNobodyIsSignedIn(@TempDir Path home) {
        withHome(home, () -> {
            Run.of("inbox", "--handoff", "http://localhost:" + nobody).assertOneLineRefusal(Session.NOT_SIGNED_IN);
            Run.of("ack", "forum-1-kz-75", "--handoff", "http://localhost:" + nobody)
                    .assertOneLineRefusal(Session.NOT_SIGNED_IN);
        });
    }

    @Test
    void inboxSaysNothingAnswersAtTheHandoffService(@TempDir Path home) {
        withHome(home, () -> {
            signedInAsTeam(home);
            Run.of("inbox", "--handoff", "http://localhost:" + nobody)
                    .assertOneLineRefusal("Nothing answers at http://localhost:" + nobody + " (/api/notifications)",
                            "./forumctl.sh up");
        });
    }

    @Test
    void ackSaysNothingAnswersAtTheHandoffService(@TempDir Path home) {
        withHome(home, () -> {
            signedInAsTeam(home);
            Run.of("ack", "forum-1-kz-75", "--handoff", "http://localhost:" + nobody)
                    .assertOneLineRefusal("Nothing answers at http://localhost:" + nobody, "./forumctl.sh up");
        });
    }

    @Test
    void theDeliveryCommandsSayNobodyIsSignedInOrNothingAnswersAtTheDeliveryService(@TempDir Path home) {
        String delivery = "http://localhost:" + nobody;
        withHome(home, () -> {
            Run.of("subscriptions", "--delivery", delivery).assertOneLineRefusal(Session.NOT_SIGNED_IN);
            Run.of("subscribe", "--email", "almaty@example.kz", "--delivery", delivery)
                    .assertOneLineRefusal(Session.NOT_SIGNED_IN);
            signedInAsTeam(home);
            Run.of("subscribe", "--email", "almaty@example.kz", "--delivery", delivery)
                    .assertOneLineRefusal("Nothing answers at " + delivery + " (/api/subscriptions)", "./forumctl.sh up");
            Run.of("subscriptions", "--delivery", delivery).assertOneLineRefusal("Nothing answers at " + delivery);
            Run.of("unsubscribe", "sub-1", "--delivery", delivery).assertOneLineRefusal("Nothing answers at " + delivery);
            Run.of("deliveries", "--delivery", delivery).assertOneLineRefusal("Nothing answers at " + delivery);
        });
    }

    @Test
    void theResolutionCommandsSayNobodyIsSignedInOrNothingAnswersAtTheResolutionService(@TempDir Path home) {
        String resolution = "http://localhost:" + nobody;
        withHome(home, () -> {
            Run.of("resolution", "adopt", "forum-1-kz-75", "--resolution", resolution)
                    .assertOneLineRefusal(Session.NOT_SIGNED_IN);
            Run.of("resolution", "show", "forum-1-kz-75", "--resolution", resolution)
                    .assertOneLineRefusal("Nothing answers at " + resolution + " (/api/forums/forum-1-kz-75/resolution)",
                            "./forumctl.sh up");
            Run.of("followup", "series-1", "--resolution", resolution).assertOneLineRefusal("Nothing answers at "
                    + resolution);
            Run.of("resolution", "export", "forum-1-kz-75", "--format", "md", "--resolution", resolution)
                    .assertOneLineRefusal("Nothing answers at " + resolution);
        });
    }

    /** A stored session of KZ-75's team whose access token is good for an hour (not checked by forumctl). */
    private static void signedInAsTeam(Path home) {
        String claims = "{\"sub\":\"team-kz-75\",\"name\":\"Алматы\",\"relay_roles\":[\"regional-team\"],"
                + "\"relay_region\":\"KZ-75\",\"exp\":" + Instant.now().plusSeconds(3600).getEpochSecond() + "}";
        String token = "e30." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + ".c2ln";
        Session.stored(home).use(new SessionTokens("http://localhost:" + nobody, token, null,
                Instant.now().plusSeconds(3600)));
    }

    private static void withHome(Path home, Runnable test) {
        System.setProperty("forumctl.home", home.toString());
        try {
            test.run();
        } finally {
            System.clearProperty("forumctl.home");
        }
    }

    @Test
    void statusSaysUpIsNotRunning() {
        Run.of("status", "--status-url", "http://localhost:" + nobody + "/status")
                .assertOneLineRefusal("forumctl up is not running", "./forumctl.sh up");
    }

    @Test
    void upRefusesAPortInUseBeforeTouchingTheData(@TempDir Path data) throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            Run run = Run.of("up", "--data", data.resolve("kafka").toString(), "--logs", data.resolve("logs").toString(),
                    "--status-port", String.valueOf(taken.getLocalPort()));
            run.assertOneLineRefusal("Port " + taken.getLocalPort() + " (forumctl's status) is already in use");
        }
        assertThat(data.resolve("kafka")).as("no broker was started on the data folder").doesNotExist();
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsOnly("kafka.lock");
        }
    }

    private record Run(int exitCode, String out, String err) {

        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exitCode = ForumCtl.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                    .execute(args);
            return new Run(exitCode, out.toString(), err.toString());
        }

        void assertOneLineRefusal(String... contained) {
            assertThat(exitCode).as("exit code").isNotZero();
            assertThat(err.strip()).as("one line").doesNotContain("\n").contains(contained);
        }
    }
}
