package kz.civicrelay.forumctl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import kz.civicrelay.forumctl.audit.SeriesReport;
import kz.civicrelay.forumctl.audit.TamperCheck;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.topics.RelayTopic;
import picocli.CommandLine;

/**
 * {@code forumctl checkpoint} and {@code forumctl prove} against a real broker: the first run makes the audit key and
 * checkpoints a topic; after more records a second run verifies and extends it; the proofs verify; after the topic is
 * rewritten with one value changed, the check names that offset and exits 1, and the inclusion proof of that record
 * fails. The audit's tamper-evidence check says the same (and, without a verifier key, that it checked nothing).
 */
@ExtendWith(SharedKafkaBroker.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class CheckpointCommandIT {

    private static final String TOPIC = "it-checkpoint-command";

    @TempDir
    Path data;

    @Test
    void checkpointsVerifiesProvesAndNamesARewrittenRecord() throws Exception {
        createIfAbsent(Set.of(TOPIC, RelayTopic.AUDIT.topicName()));
        produce(0, 12, -1);
        Path key = data.resolve("secrets").resolve("audit-signing-key");

        Run first = run(new CheckpointCommand(), "--topic", TOPIC, "--signing-key", key.toString());
        assertThat(first.exit()).as(first.out()).isZero();
        assertThat(first.out()).contains(TOPIC, "12 records", "new checkpoint appended");
        assertThat(Files.readString(key)).startsWith("PRIVATE+KEY+civicrelay.kz/audit+");
        String verifier = Files.readString(key.resolveSibling("audit-verifier-key.txt")).strip();
        assertThat(first.out()).contains("Verifier key: " + verifier);

        produce(12, 20, -1);
        Run second = run(new CheckpointCommand(), "--topic", TOPIC, "--signing-key", key.toString());
        assertThat(second.out()).contains("20 records", "checkpoint verified up to      12", "new checkpoint appended");
        Run verified = run(new CheckpointCommand(), "--topic", TOPIC, "--verify-only", "--verifier-key", verifier);
        assertThat(verified.exit()).as(verified.out()).isZero();
        assertThat(verified.out()).contains("checkpoint verified up to      20", "unchanged");
        assertThat(tamperCheck(verifier).result()).as("the audit's check").isEqualTo(SeriesReport.Finding.PASS);
        assertThat(tamperCheck(verifier).details()).containsExactly("1 partitions, 20 checkpointed records verified");
        assertThat(tamperCheck(null).result()).as("without a key, nothing is said to be intact")
                .startsWith("not checked: no verifier key");

        Run included = run(new ProveCommand.Inclusion(), TOPIC, "0", "7", "--verifier-key", verifier);
        assertThat(included.exit()).as(included.out()).isZero();
        assertThat(included.out()).contains("leaf 7 of the checkpoint of 20 records", "✓ included");
        Run consistent = run(new ProveCommand.Consistency(), TOPIC, "0", "12", "20", "--verifier-key", verifier);
        assertThat(consistent.exit()).as(consistent.out()).isZero();
        assertThat(consistent.out()).contains("✓ consistent");

        try (Admin admin = admin()) {
            admin.deleteTopics(List.of(TOPIC)).all().get(30, TimeUnit.SECONDS);
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> createIfAbsent(Set.of(TOPIC)));
        produce(0, 20, 9);

        Run tampered = run(new CheckpointCommand(), "--topic", TOPIC, "--verify-only", "--verifier-key", verifier);
        assertThat(tampered.exit()).isEqualTo(1);
        assertThat(tampered.out()).contains(TOPIC + "/0 offset 9: the record differs");
        SeriesReport.Finding audited = tamperCheck(verifier);
        assertThat(audited.failed()).isTrue();
        assertThat(audited.details()).singleElement().asString().startsWith(TOPIC + "/0 offset 9: the record differs");
        Run notIncluded = run(new ProveCommand.Inclusion(), TOPIC, "0", "9", "--verifier-key", verifier);
        assertThat(notIncluded.exit()).isEqualTo(1);
        assertThat(notIncluded.out()).contains("✗ not included");
    }

    /** The check {@code forumctl audit --report} runs, over the test's topic. */
    private static SeriesReport.Finding tamperCheck(@org.jspecify.annotations.Nullable String verifier) {
        return TamperCheck.run(Map.of("bootstrap.servers", SharedKafkaBroker.bootstrapServers()), List.of(TOPIC),
                CheckpointCommand.LOG_NAME, verifier);
    }

    private record Run(int exit, String out) {
    }

    private Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap-servers", SharedKafkaBroker.bootstrapServers(), "--kafka-secrets",
                data.resolve("secrets").resolve("kafka.properties").toString()));
        int exit = new CommandLine(command).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(out, true))
                .execute(all.toArray(String[]::new));
        return new Run(exit, out.toString());
    }

    private static void produce(int from, int to, int changed) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (int i = from; i < to; i++) {
                producer.send(new ProducerRecord<>(TOPIC, 0, 1_700_000_000_000L + i, "forum-" + i,
                        "Жазба " + i + (i == changed ? " (өзгертілген)" : ""))).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static boolean createIfAbsent(Set<String> topics) throws Exception {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, Optional.of(1), Optional.empty())).toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            return true;
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers()));
    }

}
