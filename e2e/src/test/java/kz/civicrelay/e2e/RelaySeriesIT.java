package kz.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.TestMethodOrder;

import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.HandoffAcknowledged;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.events.SeriesCompleted;
import kz.civicrelay.platform.audit.SeriesAudit;
import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.demo.DemoDriver;
import kz.civicrelay.forumctl.system.EmbeddedIssuer;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.forumctl.demo.SamplePlan;
import kz.civicrelay.forumctl.system.RelayService;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * The whole relay, end to end: four services in their own JVMs pass the baton through a 20-forum
 * series driven through their public APIs, seen by Prometheus (their metrics count it) and by a trace
 * backend (one trace follows a handoff across the processes); then a second series survives the handoff
 * service being SIGKILLed right after forums complete.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RelaySeriesIT {

    private static RunningRelay relay;
    private static OtlpReceiver spans;

    @BeforeAll
    static void startTheRelay() {
        spans = new OtlpReceiver();
        List<String> observed = new ArrayList<>(spans.serviceArgs());
        observed.add("--logging.structured.format.console=ecs"); // forumctl up --log-format=json
        relay = new RunningRelay(observed);
    }

    @AfterAll
    static void stopTheRelay() {
        if (relay != null) {
            relay.close();
        }
        if (spans != null) {
            spans.close();
        }
    }

    @Test
    @Order(1)
    void shouldPassTheBatonThroughAllTwentyForumsInPlanOrder() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        var outcome = new DemoDriver(relay.endpoints, relay.operator()::bearer, new PrintStream(printed, true, StandardCharsets.UTF_8))
                .run("e2e-series", LocalDate.of(2027, 3, 10));

        assertSeriesIsWhole("e2e-series", outcome);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Жетісу облысы → Алматы қаласы")
                .contains("Series completed: 20 forums, 19 handoffs.");
        assertTheConsoleShowsTheWholeSeries("e2e-series");
        ConfirmationMail.assertTheFirstParticipantIsConfirmedAndLetIn(relay, outcome.forumIds().get(0));
        Observed.assertTheMetricsCountTheSeries(relay, "e2e-series");
        Observed.assertOneTraceFollowsTheFirstHandoff(relay, spans, "e2e-series");
        Observed.assertARegistrationIsOneTrace(spans);
        Observed.assertNothingPersonalIsObserved(relay, spans);
        Observed.assertTheLogsAreJsonLinesWithTheirEvent(relay);
        // forumctl metrics, as the operator signed in with forumctl login, reads every service and counts the series.
        System.setProperty("forumctl.home", java.nio.file.Files.createTempDirectory("forumctl-metrics").toString());
        try {
            Cli operator = Cli.run("login", "--issuer", relay.system.service(RelayService.IDENTITY).baseUrl(), "--user",
                    "operator", "--password", EmbeddedIssuer.DEMO_PASSWORD);
            assertThat(operator.exitCode()).as(operator.err()).isZero();
            List<String> metricsArgs = new ArrayList<>(List.of("metrics"));
            for (RelayService service : RelayService.values()) {
                metricsArgs.addAll(List.of("--service", service.serviceName() + "=" + relay.system.service(service).baseUrl()));
            }
            Cli metrics = Cli.run(metricsArgs.toArray(String[]::new));
            assertThat(metrics.exitCode()).as(metrics.err()).isZero();
            assertThat(metrics.out()).as(metrics.out()).containsPattern("handoff +batons passed +- +19\n")
                    .endsWith("7 of 7 service(s) read\n");
        } finally {
            System.clearProperty("forumctl.home");
        }
    }

    /** The console, its own JVM, read over HTTP as a browser would: the whole track, 19 handoffs, a clean audit. */
    private static void assertTheConsoleShowsTheWholeSeries(String seriesId) {
        String console = relay.system.service(RelayService.CONSOLE).baseUrl();
        var http = java.net.http.HttpClient.newHttpClient();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
            String series = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(console + "/api/series/" + seriesId)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            var view = new com.fasterxml.jackson.databind.ObjectMapper().readTree(series);
            assertThat(view.path("completed").asBoolean()).as(series).isTrue();
            assertThat(view.path("forums")).hasSize(20);
            assertThat(view.path("handoffs")).hasSize(19);
            assertThat(view.path("handoffs").get(0).path("toRegion").path("kk").asText()).isEqualTo("Алматы қаласы");
        });
        var anonymous = http.sendAsync(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(console + "/api/series/" + seriesId + "/audit")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).join();
        assertThat(anonymous.statusCode()).as("the audit is not the public's").isEqualTo(401);
        String auditor = Session.signedIn(relay.system.service(RelayService.IDENTITY).baseUrl(), "auditor",
                EmbeddedIssuer.DEMO_PASSWORD).requireBearer();
        String audit = http.sendAsync(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(console + "/api/series/" + seriesId + "/audit"))
                .header("Authorization", "Bearer " + auditor).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).join().body();
        assertThat(audit).contains("\"inOrder\":true");
    }

    @Test
    @Order(2)
    void shouldLetTheReceivingTeamAcknowledgeTheBatonOnceFromTheCommandLine(@TempDir Path home) {
        String handoffUrl = relay.endpoints.handoff();
        String issuer = relay.system.service(RelayService.IDENTITY).baseUrl();
        System.setProperty("forumctl.home", home.toString());
        try {
            acknowledgeAsTheReceivingTeam(handoffUrl, issuer);
        } finally {
            System.clearProperty("forumctl.home");
        }
    }

    private static void acknowledgeAsTheReceivingTeam(String handoffUrl, String issuer) {
        Cli jetisu = Cli.run("login", "--issuer", issuer, "--user", "team-kz-33", "--password", EmbeddedIssuer.DEMO_PASSWORD);
        assertThat(jetisu.exitCode()).as(jetisu.err()).isZero();
        Cli foreign = Cli.run("inbox", "--region", "KZ-75", "--handoff", handoffUrl);
        assertThat(foreign.exitCode()).as("another region's team may not read KZ-75's notifications").isEqualTo(1);
        assertThat(foreign.err()).contains("403");

        Cli login = Cli.run("login", "--issuer", issuer, "--user", "team-kz-75", "--password", EmbeddedIssuer.DEMO_PASSWORD);
        assertThat(login.exitCode()).as(login.err()).isZero();
        Cli inbox = Cli.run("inbox", "--pending", "--handoff", handoffUrl);
        assertThat(inbox.exitCode()).as(inbox.err()).isZero();
        String batonReceived = inbox.out().lines().filter(l -> l.contains("BATON_RECEIVED") && l.contains("e2e-series"))
                .findFirst().orElseThrow(() -> new AssertionError("no baton to acknowledge in\n" + inbox.out()))
                .split(" ")[0];
        assertThat(inbox.out()).contains("Эстафета Жетісу облысынан Алматы қаласына өтті").contains("[to acknowledge]");

        Cli ack = Cli.run("ack", batonReceived, "--comment", "Эстафетаны қабылдадық, рақмет!", "--handoff", handoffUrl);
        assertThat(ack.exitCode()).as(ack.err()).isZero();
        assertThat(ack.out()).contains("Acknowledged: " + batonReceived).contains("[acknowledged]");

        Cli again = Cli.run("ack", batonReceived, "--handoff", handoffUrl);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("409").contains("already acknowledged");

        List<HandoffAcknowledged> acknowledged = of(relay.log(RelayTopic.HANDOFF), HandoffAcknowledged.class).stream()
                .filter(a -> a.getNotificationId().equals(batonReceived)).toList();
        assertThat(acknowledged).as("acknowledged once, in the team's words, by the signed-in team").singleElement()
                .satisfies(a -> {
                    assertThat(a.getComment()).isEqualTo("Эстафетаны қабылдадық, рақмет!");
                    assertThat(a.getEnvelope().getActor().getId()).isEqualTo("team-kz-75");
                    assertThat(a.getEnvelope().getActor().getKind()).isEqualTo(ActorKind.REGIONAL_TEAM);
                    assertThat(a.getEnvelope().getActor().getRegion()).isEqualTo("KZ-75");
                    assertThat(a.getEnvelope().getActor().getDisplayName()).contains("Алматы қаласының");
                });
    }

    /**
     * The console signs a person in at the real issuer, as a browser would (one cookie jar for localhost, whatever
     * the port): authorization code with PKCE, the console's code exchange with its secret, then a session.
     */
    @Test
    @Order(4)
    void shouldSignATeamInToTheConsoleThroughTheRealIssuer() throws Exception {
        String console = relay.system.service(RelayService.CONSOLE).baseUrl();
        ConsoleSignIn browser = new ConsoleSignIn();

        String me = browser.signIn(console, "team-kz-75", EmbeddedIssuer.DEMO_PASSWORD);

        String trail = String.join("\n", browser.visited());
        assertThat(me).as(trail).contains("\"signedIn\":true").contains("team-kz-75").contains("KZ-75")
                .contains("Алматы қаласының");
        assertThat(browser.visited()).as("the round trip")
                .anyMatch(step -> step.contains("/oauth2/authorize") && step.contains("code_challenge_method=S256"))
                .anyMatch(step -> step.contains("/login/oauth2/code/relay?code="));
    }

    /** forumctl run in this JVM, as a regional team runs it, with what it printed and its exit code. */
    private record Cli(int exitCode, String out, String err) {

        static Cli run(String... args) {
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            int exitCode = kz.civicrelay.forumctl.ForumCtl.commandLine().setOut(new java.io.PrintWriter(out, true))
                    .setErr(new java.io.PrintWriter(err, true)).execute(args);
            return new Cli(exitCode, out.toString(), err.toString());
        }
    }

    @Test
    @Order(3)
    void shouldLoseNothingAndDoubleNothingWhenHandoffIsKilledRightAfterACompletion() {
        List<String> killedAfter = new ArrayList<>();
        var handoff = relay.system.service(RelayService.HANDOFF);
        var outcome = new DemoDriver(relay.endpoints, relay.operator()::bearer, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run("e2e-killed", LocalDate.of(2028, 3, 10), forumId -> {
                    if (forumId.matches(".*-(03|09|15)-.*")) {
                        handoff.kill();
                        killedAfter.add(forumId);
                        handoff.start().awaitReady(Duration.ofSeconds(120));
                    }
                });

        assertThat(killedAfter).hasSize(3);
        assertSeriesIsWhole("e2e-killed", outcome);
    }

    private static void assertSeriesIsWhole(String seriesId, DemoDriver.Outcome outcome) {
        List<SpecificRecord> log = relay.log(RelayTopic.SCHEDULING, RelayTopic.HANDOFF, RelayTopic.REGISTRATION)
                .stream().filter(e -> seriesId.equals(Envelopes.of(e).getSeriesId())).toList();

        List<String> handoffs = of(log, BatonPassed.class).stream()
                .map(b -> b.getFromRegionCode() + "->" + b.getToRegionCode()).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i + 1 < SamplePlan.HOST_ORDER.size(); i++) {
            expected.add(SamplePlan.HOST_ORDER.get(i) + "->" + SamplePlan.HOST_ORDER.get(i + 1));
        }
        assertThat(handoffs).as("19 handoffs, in plan order, none twice").containsExactlyElementsOf(expected);
        assertThat(of(log, ForumPreparationOpened.class)).extracting(e -> e.getEnvelope().getForumId())
                .as("each forum's preparation opened exactly once").containsExactlyElementsOf(outcome.forumIds());
        assertThat(of(log, SeriesCompleted.class)).hasSize(1);
        assertThat(of(log, ParticipantRegistered.class)).extracting(ParticipantRegistered::getParticipantId)
                .as("every registration answered 201 is in the log").containsAll(outcome.registeredParticipantIds())
                .hasSize(outcome.registeredParticipantIds().size());
        assertThat(outcome.handoffs()).hasSize(19);
        List<SpecificRecord> everything = relay.log(RelayTopic.values());
        assertThat(SeriesAudit.findings(seriesId, everything)).as("the auditors' checks").isEmpty();
    }

    private static <T> List<T> of(List<SpecificRecord> log, Class<T> type) {
        Predicate<SpecificRecord> isType = type::isInstance;
        return log.stream().filter(isType).map(type::cast).toList();
    }
}
