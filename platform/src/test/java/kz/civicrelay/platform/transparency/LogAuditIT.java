package kz.civicrelay.platform.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.awaitility.Awaitility;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.AuditCheckpoint;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.testing.SharedKafkaBroker;

/**
 * Tamper evidence on a real broker: a partition is checkpointed, grows and is checkpointed again (the later
 * checkpoint extends the earlier one); then the partition is rewritten with one value changed — the topic deleted and
 * recreated with the same records but that one — and records are deleted from its start: each time the audit names
 * the first offset that differs. A checkpoint forged on relay.audit, or signed by another key, is refused.
 */
@ExtendWith(SharedKafkaBroker.class)
class LogAuditIT {

    private static final String LOG = "civicrelay.kz";
    private static final NoteKey AUDITOR = NoteKey.generate("civicrelay.kz/audit");
    private static final long T0 = 1_700_000_000_000L;

    @Test
    void checkpointsVerifiesAndNamesTheFirstRecordThatDiffers() throws Exception {
        String topic = "it-tamper-rewrite";
        create(topic);
        produce(topic, records(0, 40, -1));

        List<LogAudit.Outcome> first = audit(topic, AUDITOR);
        assertThat(first).singleElement().satisfies(o -> {
            assertThat(o.records()).isEqualTo(40);
            assertThat(o.findings()).isEmpty();
            assertThat(o.appended()).isEqualTo(1);
        });
        produce(topic, records(40, 60, -1));
        List<LogAudit.Outcome> second = audit(topic, AUDITOR);
        assertThat(second.get(0).verifiedSize()).as("the first checkpoint verified").isEqualTo(40);
        assertThat(second.get(0).findings()).isEmpty();
        assertThat(audit(topic, AUDITOR).get(0).verifiedSize()).as("both verified, the second extends the first")
                .isEqualTo(60);

        TopicPartition partition = new TopicPartition(topic, 0);
        LogAudit.Inclusion included = LogAudit.inclusion(client(), partition, 33, null, AUDITOR.verifierKey());
        assertThat(included.verified()).isTrue();
        assertThat(included.treeSize()).isEqualTo(60);
        LogAudit.Consistency extended = LogAudit.consistency(client(), partition, 40, 60, AUDITOR.verifierKey());
        assertThat(extended.verified()).isTrue();

        // The topic recreated with the same records, but record 17's value changed.
        recreate(topic);
        produce(topic, records(0, 60, 17));

        List<LogAudit.Outcome> tampered = audit(topic, AUDITOR);
        assertThat(tampered.get(0).findings()).singleElement().satisfies(f -> {
            assertThat(f.offset()).isEqualTo(17L);
            assertThat(f.what()).contains("differs");
        });
        assertThat(tampered.get(0).appended()).as("no checkpoint over a rewritten log").isZero();
        assertThat(LogAudit.inclusion(client(), partition, 17, null, AUDITOR.verifierKey()).verified())
                .as("the rewritten record is not the one checkpointed").isFalse();
        assertThat(LogAudit.inclusion(client(), partition, 16, null, AUDITOR.verifierKey()).verified()).isTrue();
    }

    @Test
    void namesRecordsDeletedFromThePartitionsStart() throws Exception {
        String topic = "it-tamper-delete";
        create(topic);
        produce(topic, records(0, 25, -1));
        audit(topic, AUDITOR);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedKafkaBroker.bootstrapServers()))) {
            admin.deleteRecords(Map.of(new TopicPartition(topic, 0), RecordsToDelete.beforeOffset(5))).all()
                    .get(30, TimeUnit.SECONDS);
        }

        List<CheckpointLedger.Finding> findings = audit(topic, AUDITOR).get(0).findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.offset()).isEqualTo(0L);
            assertThat(f.what()).contains("gone");
        });
    }

    @Test
    void refusesACheckpointSignedByAnotherKeyOrForgedOnTheAuditTopic() throws Exception {
        String topic = "it-tamper-forged";
        create(topic);
        produce(topic, records(0, 10, -1));
        NoteKey intruder = NoteKey.generate("civicrelay.kz/audit");
        audit(topic, intruder);

        List<CheckpointLedger.Finding> findings = audit(topic, AUDITOR).get(0).findings();
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.what()).contains("not signed by"));

        // A checkpoint whose carried hashes were replaced: its signed root no longer matches them.
        String other = "it-tamper-forged-hashes";
        create(other);
        produce(other, records(0, 10, -1));
        List<AuditCheckpoint> genuine = new CheckpointLedger(other, 0, List.of()).next(
                PartitionLeaves.read(client(), new TopicPartition(other, 0)), AUDITOR, LOG, envelope());
        AuditCheckpoint forged = AuditCheckpoint.newBuilder(genuine.get(0)).setLeafHashes(genuine.get(0)
                .getLeafHashes().stream().map(h -> ByteBuffer.wrap(MerkleTree.leafHash(new byte[] { 1 }))).toList())
                .build();
        CheckpointLog.append(client(), List.of(forged));
        assertThat(audit(other, AUDITOR).get(0).findings()).singleElement()
                .satisfies(f -> assertThat(f.what()).contains("relay.audit was altered"));
        assertThatThrownBy(() -> LogAudit.consistency(client(), new TopicPartition(other, 0), 3, 10,
                AUDITOR.verifierKey())).isInstanceOf(IllegalArgumentException.class);
    }

    /** relay.audit, as forumctl up creates every relay topic (the test broker creates none by itself). */
    @org.junit.jupiter.api.BeforeAll
    static void auditTopic() throws Exception {
        try (Admin admin = admin()) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains("relay.audit")) {
                admin.createTopics(List.of(new NewTopic("relay.audit", Optional.empty(), Optional.empty()))).all()
                        .get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static List<LogAudit.Outcome> audit(String topic, NoteKey signer) {
        return LogAudit.run(client(), List.of(topic), AUDITOR.verifierKey(), signer, LOG, envelope());
    }

    private static Envelope envelope() {
        return new EnvelopeFactory("forumctl", Clock.systemUTC()).forCommand("relay", null,
                new Actor(ActorKind.AUDITOR, "auditor-it", "Аудитор", null));
    }

    private static Map<String, Object> client() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers());
    }

    /** Records {@code from} to {@code to} of a partition, fixed keys, values, headers and times; one value changed. */
    private static List<ProducerRecord<byte[], byte[]>> records(int from, int to, int changed) {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String value = "Жазба " + i + ": қатысушы тіркелді" + (i == changed ? " (өзгертілген)" : "");
            records.add(new ProducerRecord<>("", 0, T0 + i * 1000L, ("forum-" + i % 3).getBytes(StandardCharsets.UTF_8),
                    value.getBytes(StandardCharsets.UTF_8), List.of(new RecordHeader("relay-event-id",
                            ("e-" + i).getBytes(StandardCharsets.UTF_8)))));
        }
        return records;
    }

    private static void produce(String topic, List<ProducerRecord<byte[], byte[]>> records) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<byte[], byte[]> r : records) {
                producer.send(new ProducerRecord<>(topic, r.partition(), r.timestamp(), r.key(), r.value(),
                        r.headers())).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static void create(String topic) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty()))).all()
                    .get(30, TimeUnit.SECONDS);
        }
    }

    private static void recreate(String topic) throws Exception {
        try (Admin admin = admin()) {
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty()))).all()
                            .get(30, TimeUnit.SECONDS);
                    return true;
                } catch (java.util.concurrent.ExecutionException e) {
                    return false;
                }
            });
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers()));
    }
}
