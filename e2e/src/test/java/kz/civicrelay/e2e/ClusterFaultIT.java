package kz.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.HandoffNotificationIssued;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.events.SeriesCompleted;
import kz.civicrelay.forumctl.ForumCtl;
import kz.civicrelay.forumctl.demo.DemoDriver;
import kz.civicrelay.forumctl.system.RelayService;
import kz.civicrelay.platform.audit.SeriesAudit;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.security.KafkaPrincipal;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.schemas.serde.AvroEventDeserializer;

/**
 * The relay beyond one machine's single points of failure: {@code forumctl up --cluster} (three brokers,
 * two instances of each service, each its own process) runs a 20-forum series while one broker is
 * SIGKILLed, and later the active instance of each service in turn, each right after a forum completed,
 * when the relay's reactions are in flight. {@code up} brings each back. The series completes with
 * nothing lost and nothing doubled, the audit passes, and each takeover's time is printed.
 */
class ClusterFaultIT {

    private static final Duration START = Duration.ofMinutes(5);
    private static final String SERIES = "e2e-cluster";
    /** After which forum (its position) what is killed: a broker, then the active instance of each service. */
    private static final Map<Integer, String> FAULTS = Map.of(2, "kafka-2", 5, "scheduling", 8, "registration",
            11, "resolution", 14, "handoff");

    private static ForumctlUp up;

    @BeforeAll
    static void startTheCluster() throws IOException {
        Path target = Files.createDirectories(Path.of(System.getProperty("relay.e2e.work", "target")));
        up = ForumctlUp.startCluster(Files.createTempDirectory(target, "e2e-cluster-"), "cluster");
        await().atMost(START).pollInterval(Duration.ofMillis(500)).until(() -> up.allReady() || !up.process().isAlive());
        assertThat(up.process().isAlive()).as(up.printed()).isTrue();
    }

    @AfterAll
    static void stopTheCluster() {
        if (up != null) {
            up.close();
        }
    }

    @Test
    void aSeriesCompletesThroughABrokerAndEachActiveInstanceKilledInTurn() {
        Takeovers measured = new Takeovers(up);
        Map<String, Takeovers.Takeover> takeovers = new LinkedHashMap<>();
        List<String> faults = new ArrayList<>();
        var outcome = new DemoDriver(endpoints(), up.operator()::bearer, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run(SERIES, LocalDate.of(2029, 3, 10), forumId -> {
                    String fault = FAULTS.get(position(forumId));
                    if (fault == null) {
                        return;
                    }
                    faults.add(fault + " after " + forumId);
                    if (fault.startsWith("kafka-")) {
                        up.kill(fault);
                    } else {
                        takeovers.put(fault, measured.killActive(RelayService.valueOf(fault.toUpperCase(java.util.Locale.ROOT))));
                    }
                });

        takeovers.forEach((service, takeover) -> System.out.printf("Takeover of %s: %d ms from SIGKILL of %s until %s"
                + " decided%n", service, takeover.millis(), takeover.killed(), takeover.decided()));
        assertThat(faults).hasSize(FAULTS.size());
        assertThat(takeovers).as("every service's standby took over").hasSize(4);

        List<SpecificRecord> log = log(RelayTopic.values()).stream()
                .filter(e -> SERIES.equals(Envelopes.of(e).getSeriesId())).toList();
        assertThat(of(log, BatonPassed.class)).as("19 handoffs, none twice").hasSize(19);
        assertThat(of(log, ForumPreparationOpened.class)).extracting(e -> e.getEnvelope().getForumId())
                .as("each forum's preparation opened exactly once").containsExactlyElementsOf(outcome.forumIds());
        assertThat(of(log, HandoffNotificationIssued.class)).extracting(HandoffNotificationIssued::getNotificationId)
                .as("400 notifications, each once").hasSize(400).doesNotHaveDuplicates();
        assertThat(of(log, SeriesCompleted.class)).hasSize(1);
        assertThat(of(log, ParticipantRegistered.class)).extracting(ParticipantRegistered::getParticipantId)
                .as("every registration answered 201 is in the log, once")
                .containsExactlyInAnyOrderElementsOf(outcome.registeredParticipantIds());
        assertThat(SeriesAudit.findings(SERIES, log(RelayTopic.values()))).as("the auditors' checks").isEmpty();
        assertAuditPassesFromTheCommandLine();

        await().atMost(START).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(up.allReady()).as("up brought every killed process back").isTrue());
    }

    private static DemoDriver.Endpoints endpoints() {
        Map<String, String> peers = new LinkedHashMap<>();
        for (RelayService service : List.of(RelayService.SCHEDULING, RelayService.REGISTRATION,
                RelayService.RESOLUTION, RelayService.HANDOFF)) {
            peers.put(url(service, 'a'), url(service, 'b'));
        }
        return new DemoDriver.Endpoints(url(RelayService.SCHEDULING, 'a'), url(RelayService.REGISTRATION, 'a'),
                url(RelayService.RESOLUTION, 'a'), url(RelayService.HANDOFF, 'a'), up.bootstrapServers())
                .withPeers(peers).withKafkaClient(up.kafkaClient(KafkaPrincipal.AUDITOR));
    }

    private static String url(RelayService service, char instance) {
        return up.instanceUrl(up.instanceName(service, instance));
    }

    private static void assertAuditPassesFromTheCommandLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = ForumCtl.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("audit", SERIES, "--quiet", "--bootstrap-servers", up.bootstrapServers(),
                        "--kafka-secrets", up.secretsFile().toString());
        assertThat(exitCode).as(out + "\n" + err).isZero();
    }

    private static int position(String forumId) {
        return Integer.parseInt(forumId.substring(SERIES.length() + 1, SERIES.length() + 3));
    }

    private static List<SpecificRecord> log(RelayTopic... topics) {
        Map<String, Object> reader = new java.util.HashMap<>(up.kafkaClient(KafkaPrincipal.CONSOLE));
        reader.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, up.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroEventDeserializer.class));
        var replay = new EventLogReplay(reader);
        return replay.readAll(java.util.Arrays.stream(topics).map(RelayTopic::topicName).toList()).stream()
                .map(r -> r.value()).toList();
    }

    private static <T> List<T> of(List<SpecificRecord> log, Class<T> type) {
        return log.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
