package kz.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import kz.civicrelay.events.SeriesCompleted;
import kz.civicrelay.forumctl.demo.DemoDriver;
import kz.civicrelay.forumctl.system.RelayService;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.security.KafkaPrincipal;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.schemas.serde.AvroEventDeserializer;

/**
 * {@code forumctl up} as a user runs it, each process its own JVM. Tried: a second {@code up} on the same
 * data while the first runs (refused at once, nothing started, the log untouched); SIGKILL of a service
 * (reported with its exit code and log, restarted, and a whole series then runs); SIGKILL of {@code up}
 * itself (its services stop with it, and the next {@code up} starts on the same log, which still holds
 * the series, each service now from the class-data archive the first {@code up} prepared).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpSupervisionIT {

    private static final Duration START = Duration.ofSeconds(240);
    private static Path work;
    private static ForumctlUp up;

    @BeforeAll
    static void startUp() throws IOException {
        Path target = Files.createDirectories(Path.of(System.getProperty("relay.e2e.work", "target")));
        work = Files.createTempDirectory(target, "e2e-up-");
        up = ForumctlUp.start(work, "first", "--faster-restarts");
        await().atMost(START).pollInterval(Duration.ofMillis(500)).until(() -> up.allReady() || !up.process().isAlive());
        assertThat(up.process().isAlive()).as(up.printed()).isTrue();
    }

    @AfterAll
    static void stop() {
        if (up != null) {
            up.close();
        }
    }

    @Test
    @Order(1)
    void aSecondUpOnTheSameDataIsRefusedAtOnceAndTouchesNothing() throws IOException {
        List<String> before = files(work.resolve("kafka"));

        try (ForumctlUp second = ForumctlUp.start(work, "second")) {
            assertThat(second.waitFor(Duration.ofSeconds(60))).as("the second up ended by itself").isTrue();
            assertThat(second.process().exitValue()).isNotZero();
            assertThat(second.printed()).contains("Another forumctl up is running on " + work.resolve("kafka").toAbsolutePath())
                    .contains("pid " + up.process().pid()).doesNotContain("Starting Kafka");
        }

        assertThat(files(work.resolve("kafka"))).as("no file of the log was added or removed").isEqualTo(before);
        assertThat(up.allReady()).as("the first up runs on").isTrue();
    }

    @Test
    @Order(2)
    void aKilledServiceIsReportedAndRestartedAndTheRelayRunsOn() {
        long killed = up.process(RelayService.HANDOFF).orElseThrow().path("pid").asLong();
        ProcessHandle.of(killed).orElseThrow().destroyForcibly();

        await().atMost(START).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            var handoff = up.process(RelayService.HANDOFF).orElseThrow();
            assertThat(handoff.path("restarts").asInt()).isEqualTo(1);
            assertThat(handoff.path("state").asText()).isEqualTo("ready");
            assertThat(handoff.path("pid").asLong()).isNotEqualTo(killed);
            assertThat(handoff.path("lastExitCode").asInt()).isEqualTo(137);
        });
        assertThat(up.printed()).contains("✗ handoff exited with code 137 (signal 9, SIGKILL)")
                .contains("Last lines of").contains("✓ handoff is back");

        var outcome = new DemoDriver(endpoints(up), up.operator()::bearer, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run("e2e-up-supervised", LocalDate.of(2029, 3, 10));
        assertThat(outcome.seriesCompleted()).isTrue();
        assertThat(outcome.handoffs()).hasSize(19);
    }

    @Test
    @Order(3)
    void whenUpIsKilledItsServicesStopAndTheNextUpStartsOnTheSameLog() {
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() -> up.printed()
                .contains("Class-data archives for faster restarts ready for [scheduling, registration, resolution, "
                        + "handoff, delivery, console]"));
        List<Long> services = Stream.of(RelayService.values())
                .map(s -> up.process(s).orElseThrow().path("pid").asLong()).toList();

        up.kill();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(services).as("no service outlives up").noneMatch(pid ->
                        ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)));

        up = ForumctlUp.start(work, "third", "--faster-restarts");
        await().atMost(START).pollInterval(Duration.ofMillis(500)).until(() -> up.allReady() || !up.process().isAlive());
        assertThat(up.process().isAlive()).as(up.printed()).isTrue();
        for (RelayService service : RelayService.values()) {
            if (service == RelayService.IDENTITY) {
                continue; // the issuer reads no log and is not given an archive (RelaySystem.prepareFasterRestarts)
            }
            long pid = up.process(service).orElseThrow().path("pid").asLong();
            assertThat(ProcessHandle.of(pid).orElseThrow().info().arguments().map(List::of).orElse(List.of()))
                    .as(service + " starts from its class-data archive").anyMatch(a -> a.startsWith("-XX:SharedArchiveFile="));
        }
        Map<String, Object> reader = new java.util.HashMap<>(up.kafkaClient(KafkaPrincipal.AUDITOR));
        reader.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, up.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroEventDeserializer.class));
        var replay = new EventLogReplay(reader);
        assertThat(replay.readAll(List.of(RelayTopic.SCHEDULING.topicName())).stream().map(r -> r.value())
                .filter(e -> e instanceof SeriesCompleted && "e2e-up-supervised".equals(Envelopes.of(e).getSeriesId())))
                .as("the series run before the kill is still in the log").hasSize(1);
    }

    private static DemoDriver.Endpoints endpoints(ForumctlUp up) {
        return new DemoDriver.Endpoints(up.serviceUrl(RelayService.SCHEDULING), up.serviceUrl(RelayService.REGISTRATION),
                up.serviceUrl(RelayService.RESOLUTION), up.serviceUrl(RelayService.HANDOFF), up.bootstrapServers())
                .withKafkaClient(up.kafkaClient(KafkaPrincipal.AUDITOR));
    }

    private static List<String> files(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
