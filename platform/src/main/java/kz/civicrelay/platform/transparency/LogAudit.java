package kz.civicrelay.platform.transparency;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.AuditCheckpoint;
import kz.civicrelay.events.Envelope;

/**
 * Tamper evidence for a set of topics: each partition's Merkle tree is built from its records as they are now, every
 * earlier checkpoint of it on {@code relay.audit} is verified against them ({@link CheckpointLedger}), and — with a
 * signing key, and only where nothing was found — a new signed checkpoint is appended for each partition that grew.
 * Also proves one record's inclusion under a checkpoint, and one checkpoint's consistency with a later one.
 */
public final class LogAudit {

    /** One partition: its records now, the largest checkpoint that verified, what was found, events appended. */
    public record Outcome(TopicPartition partition, int records, long verifiedSize, List<CheckpointLedger.Finding> findings,
            int appended) {
    }

    /** An inclusion proof of the record at {@code offset} under the checkpoint of {@code treeSize}. */
    public record Inclusion(TopicPartition partition, long offset, int index, long treeSize, byte[] leafHash,
            List<byte[]> proof, byte[] root, boolean verified) {

        public List<String> proofHex() {
            return proof.stream().map(HexFormat.of()::formatHex).toList();
        }
    }

    /** A consistency proof between the checkpoints of {@code first} and {@code second} records. */
    public record Consistency(TopicPartition partition, long first, long second, byte[] firstRoot, byte[] secondRoot,
            List<byte[]> proof, boolean verified) {

        public List<String> proofHex() {
            return proof.stream().map(HexFormat.of()::formatHex).toList();
        }
    }

    private LogAudit() {
    }

    /**
     * Verifies every partition of {@code topics} against its checkpoints and, with {@code signer}, appends new ones.
     *
     * @param logName  the first part of the checkpoints' origin, e.g. {@code civicrelay.kz}
     * @param envelope the envelope of the new checkpoints' events (the auditor as actor)
     */
    public static List<Outcome> run(Map<String, Object> clientConfig, List<String> topics, String verifierKey,
            @Nullable NoteKey signer, String logName, Envelope envelope) {
        List<AuditCheckpoint> stored = CheckpointLog.readAll(clientConfig);
        List<Outcome> outcomes = new ArrayList<>();
        List<AuditCheckpoint> appended = new ArrayList<>();
        for (TopicPartition partition : CheckpointLog.partitions(clientConfig, topics)) {
            PartitionLeaves.Read now = PartitionLeaves.read(clientConfig, partition);
            CheckpointLedger ledger = new CheckpointLedger(partition.topic(), partition.partition(), stored);
            CheckpointLedger.Verification verification = ledger.isEmpty()
                    ? new CheckpointLedger.Verification(0, List.of()) : ledger.verify(now, verifierKey);
            List<AuditCheckpoint> next = signer == null || !verification.findings().isEmpty() ? List.of()
                    : ledger.next(now, signer, logName, envelope);
            appended.addAll(next);
            outcomes.add(new Outcome(partition, now.leaves().size(), verification.verifiedSize(),
                    verification.findings(), next.size()));
        }
        CheckpointLog.append(clientConfig, appended);
        return outcomes;
    }

    /**
     * Proves that the record now at {@code offset} is the one the checkpoint of {@code treeSize} (null: the latest)
     * included: its leaf hash, read now, with the inclusion path from the checkpoint's leaves, verified against the
     * checkpoint's signed root.
     */
    public static Inclusion inclusion(Map<String, Object> clientConfig, TopicPartition partition, long offset,
            @Nullable Long treeSize, String verifierKey) {
        CheckpointLedger ledger = ledger(clientConfig, partition);
        long size = treeSize != null ? treeSize : latest(ledger);
        List<byte[]> carried = carried(ledger, size, partition);
        int index = -1;
        for (int i = 0; i < size; i++) {
            Long at = ledger.offsetOf(i);
            if (at != null && at == offset) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            List<Long> near = new ArrayList<>();
            for (int i = 0; i < size && near.size() < 5; i++) {
                Long at = ledger.offsetOf(i);
                if (at != null && at >= offset - 3) {
                    near.add(at);
                }
            }
            throw new IllegalArgumentException("No record at offset " + offset + " in the checkpoint of " + size
                    + " records of " + partition + " (transaction markers take offsets too); records near it are at "
                    + near);
        }
        PartitionLeaves.Read now = PartitionLeaves.read(clientConfig, partition);
        byte[] leafHash = now.leaves().stream().filter(l -> l.offset() == offset).map(PartitionLeaves.Leaf::hash)
                .findFirst().orElseThrow(() -> new IllegalStateException("The record at offset " + offset + " of "
                        + partition + " is gone"));
        byte[] root = signedRoot(ledger, size, verifierKey);
        List<byte[]> proof = new MerkleTree(carried).inclusionProof(index, (int) size);
        return new Inclusion(partition, offset, index, size, leafHash, proof, root,
                MerkleTree.verifyInclusion(index, (int) size, leafHash, proof, root));
    }

    /** Proves that the checkpoint of {@code second} records extends the one of {@code first}. */
    public static Consistency consistency(Map<String, Object> clientConfig, TopicPartition partition, long first,
            long second, String verifierKey) {
        CheckpointLedger ledger = ledger(clientConfig, partition);
        List<byte[]> carried = carried(ledger, second, partition);
        byte[] firstRoot = signedRoot(ledger, first, verifierKey);
        byte[] secondRoot = signedRoot(ledger, second, verifierKey);
        List<byte[]> proof = new MerkleTree(carried).consistencyProof((int) first, (int) second);
        return new Consistency(partition, first, second, firstRoot, secondRoot, proof,
                MerkleTree.verifyConsistency((int) first, (int) second, firstRoot, secondRoot, proof));
    }

    private static CheckpointLedger ledger(Map<String, Object> clientConfig, TopicPartition partition) {
        CheckpointLedger ledger = new CheckpointLedger(partition.topic(), partition.partition(),
                CheckpointLog.readAll(clientConfig));
        if (ledger.isEmpty()) {
            throw new IllegalArgumentException("No checkpoint of " + partition + " on relay.audit yet");
        }
        return ledger;
    }

    private static long latest(CheckpointLedger ledger) {
        List<Long> sizes = ledger.sizes();
        return sizes.get(sizes.size() - 1);
    }

    private static List<byte[]> carried(CheckpointLedger ledger, long size, TopicPartition partition) {
        List<byte[]> carried = ledger.carried(size);
        if (carried == null || !ledger.sizes().contains(size)) {
            throw new IllegalArgumentException("No complete checkpoint of " + size + " records of " + partition
                    + "; there are " + ledger.sizes());
        }
        return carried;
    }

    /** The root a checkpoint signed, once its signed note verifies with the key. */
    private static byte[] signedRoot(CheckpointLedger ledger, long size, String verifierKey) {
        return ledger.signed(size, verifierKey).rootHash();
    }
}
