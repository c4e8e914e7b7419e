package kz.civicrelay.forumctl;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.checkpoint.AuditKey;
import kz.civicrelay.forumctl.system.Reachability;
import kz.civicrelay.platform.security.KafkaPrincipal;
import kz.civicrelay.platform.transparency.LogAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/** RFC 9162 proofs under the auditor's checkpoints. */
@Command(name = "prove", mixinStandardHelpOptions = true,
        description = "Proves, under the signed checkpoints on relay.audit, that one record as it is now was included "
                + "(inclusion) or that a later checkpoint extends an earlier one (consistency). Prints the proof's "
                + "hashes (hex) and whether it verifies; exit code 1 if not.",
        subcommands = { ProveCommand.Inclusion.class, ProveCommand.Consistency.class })
final class ProveCommand {

    /** What both proofs need: the broker, the principal, the verifier key. */
    static class Common {

        @Option(names = "--bootstrap-servers", description = "Kafka (default: ${DEFAULT-VALUE}).")
        String bootstrapServers = "localhost:9092";

        @Option(names = "--verifier-key", paramLabel = "key|file", description = "The checkpoints' verifier key "
                + "(default: audit-verifier-key.txt beside --kafka-secrets).")
        @Nullable String verifierKey;

        @Mixin
        KafkaClientOptions kafka = new KafkaClientOptions();

        @Spec
        @Nullable CommandSpec spec;

        /** A proof that cannot be made (no such checkpoint or record): said plainly, exit code 2. */
        int refused(RuntimeException e) {
            PrintWriter err = spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
            err.println(e.getMessage());
            err.flush();
            return 2;
        }

        PrintWriter out() {
            return spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        }

        Map<String, Object> client() {
            Map<String, Object> client = new HashMap<>(kafka.clientProperties(KafkaPrincipal.AUDITOR));
            Reachability.requireBroker(bootstrapServers, client);
            client.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            return client;
        }

        String verifier() {
            Path keyFile = kafka.secrets.toAbsolutePath().resolveSibling("audit-signing-key");
            String key = AuditKey.verifierKey(verifierKey, keyFile);
            if (key == null) {
                throw new IllegalStateException("No verifier key: give --verifier-key");
            }
            return key;
        }
    }

    @Command(name = "inclusion", mixinStandardHelpOptions = true,
            description = "The record now at <offset> of <topic>/<partition> is the one the checkpoint included.")
    static final class Inclusion extends Common implements Callable<Integer> {

        @Parameters(index = "0") String topic = "";
        @Parameters(index = "1") int partition;
        @Parameters(index = "2") long offset;

        @Option(names = "--size", description = "The checkpoint's size (default: the latest).")
        @Nullable Long size;

        @Override
        public Integer call() {
            PrintWriter out = out();
            LogAudit.Inclusion proof;
            try {
                proof = LogAudit.inclusion(client(), new TopicPartition(topic, partition), offset, size, verifier());
            } catch (IllegalArgumentException | IllegalStateException e) {
                return refused(e);
            }
            out.printf("record %s/%d offset %d: leaf %d of the checkpoint of %d records%n", topic, partition,
                    offset, proof.index(), proof.treeSize());
            out.println("leaf hash  " + HexFormat.of().formatHex(proof.leafHash()));
            proof.proofHex().forEach(h -> out.println("path       " + h));
            out.println("root       " + HexFormat.of().formatHex(proof.root()) + " (signed)");
            out.println(proof.verified() ? "✓ included: the record is as checkpointed"
                    : "✗ not included: the record differs from the one checkpointed");
            out.flush();
            return proof.verified() ? 0 : 1;
        }
    }

    @Command(name = "consistency", mixinStandardHelpOptions = true,
            description = "The checkpoint of <second> records of <topic>/<partition> extends the one of <first>.")
    static final class Consistency extends Common implements Callable<Integer> {

        @Parameters(index = "0") String topic = "";
        @Parameters(index = "1") int partition;
        @Parameters(index = "2") long first;
        @Parameters(index = "3") long second;

        @Override
        public Integer call() {
            PrintWriter out = out();
            LogAudit.Consistency proof;
            try {
                proof = LogAudit.consistency(client(), new TopicPartition(topic, partition), first, second, verifier());
            } catch (IllegalArgumentException | IllegalStateException e) {
                return refused(e);
            }
            out.println("root " + first + "  " + HexFormat.of().formatHex(proof.firstRoot()) + " (signed)");
            out.println("root " + second + "  " + HexFormat.of().formatHex(proof.secondRoot()) + " (signed)");
            proof.proofHex().forEach(h -> out.println("proof      " + h));
            out.println(proof.verified() ? "✓ consistent: the later checkpoint extends the earlier one"
                    : "✗ not consistent: the log was rewritten between the two checkpoints");
            out.flush();
            return proof.verified() ? 0 : 1;
        }
    }
}
