package kz.civicrelay.forumctl;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.forumctl.checkpoint.AuditKey;
import kz.civicrelay.forumctl.system.Reachability;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.security.KafkaPrincipal;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.platform.transparency.CheckpointLedger;
import kz.civicrelay.platform.transparency.LogAudit;
import kz.civicrelay.platform.transparency.NoteKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Tamper evidence for the whole log: verify every checkpoint, then append new signed ones. */
@Command(name = "checkpoint", mixinStandardHelpOptions = true,
        description = "Builds the RFC 9162 Merkle tree of every partition of the relay topics the auditor reads, "
                + "verifies every earlier checkpoint of it on relay.audit (its C2SP signed note, its leaf hashes, that "
                + "it extends the one before) and names the first offset where the partition now differs; then, "
                + "unless --verify-only or something was found, appends a new signed checkpoint (AuditCheckpoint) for "
                + "each partition that grew. Exit code 1 if anything was found.")
final class CheckpointCommand implements Callable<Integer> {

    static final String LOG_NAME = "civicrelay.kz";

    @Option(names = "--bootstrap-servers", description = "Kafka (default: ${DEFAULT-VALUE}).")
    String bootstrapServers = "localhost:9092";

    @Option(names = "--verify-only", description = "Verify, append nothing (no signing key needed).")
    boolean verifyOnly;

    @Option(names = "--signing-key", paramLabel = "file", description = "The auditor's Ed25519 signer key (C2SP "
            + "format), made on first use (default: audit-signing-key beside --kafka-secrets).")
    @Nullable Path signingKey;

    @Option(names = "--verifier-key", paramLabel = "key|file", description = "The verifier key checkpoints must be "
            + "signed with (default: audit-verifier-key.txt beside the signing key).")
    @Nullable String verifierKey;

    @Option(names = "--topic", description = "Only these topics (default: every relay topic the auditor may read).")
    @Nullable List<String> topics;

    @Mixin
    KafkaClientOptions kafka = new KafkaClientOptions();

    @Spec
    @Nullable CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        Map<String, Object> client = new HashMap<>(kafka.clientProperties(KafkaPrincipal.AUDITOR));
        Reachability.requireBroker(bootstrapServers, client);
        client.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        Path keyFile = signingKey != null ? signingKey : defaultSigningKey(kafka);
        NoteKey signer = verifyOnly ? null : AuditKey.loadOrCreate(keyFile);
        String verifier = signer != null && verifierKey == null ? signer.verifierKey()
                : AuditKey.verifierKey(verifierKey, keyFile);
        if (verifier == null) {
            System.err.println("No verifier key: give --verifier-key, or run once without --verify-only to make the "
                    + "audit key.");
            return 2;
        }
        List<LogAudit.Outcome> outcomes = LogAudit.run(client, topics(client), verifier, signer, LOG_NAME,
                new EnvelopeFactory("forumctl", Clock.systemUTC()).forCommand("relay", null,
                        new Actor(ActorKind.AUDITOR, "forumctl-checkpoint", null, null)));
        int found = 0;
        for (LogAudit.Outcome o : outcomes) {
            out.printf("%-26s %3d  %7d records  checkpoint verified up to %7d  %s%n", o.partition().topic(),
                    o.partition().partition(), o.records(), o.verifiedSize(), o.findings().isEmpty()
                            ? (o.appended() > 0 ? "new checkpoint appended" : "unchanged") : "✗");
            for (CheckpointLedger.Finding finding : o.findings()) {
                out.println("  ✗ " + finding);
                found++;
            }
        }
        out.println("Verifier key: " + verifier);
        out.println(found == 0 ? "Every checkpoint verified; the log is as checkpointed."
                : found + " finding(s): the log or its checkpoints changed since they were signed.");
        out.flush();
        return found == 0 ? 0 : 1;
    }

    private List<String> topics(Map<String, Object> client) {
        if (topics != null && !topics.isEmpty()) {
            return topics;
        }
        return checkpointedTopics(client);
    }

    /** The auditor's signing key beside the Kafka credentials, where the first run makes it. */
    static Path defaultSigningKey(KafkaClientOptions kafka) {
        return kafka.secrets.toAbsolutePath().resolveSibling("audit-signing-key");
    }

    /** Every relay topic but relay.audit itself that {@code client} may read: what checkpoints cover. */
    static List<String> checkpointedTopics(Map<String, Object> client) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (var probe = new org.apache.kafka.clients.consumer.KafkaConsumer<String, String>(
                EventLogReplay.readerConfig(config))) {
            return KafkaClientOptions.readable(probe, Arrays.stream(RelayTopic.values())
                    .filter(t -> t != RelayTopic.AUDIT).map(RelayTopic::topicName).toList(), System.err);
        }
    }
}
