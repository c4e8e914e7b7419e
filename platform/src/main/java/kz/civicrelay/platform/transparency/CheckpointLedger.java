package kz.civicrelay.platform.transparency;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.AuditCheckpoint;
import kz.civicrelay.events.Envelope;

/**
 * One topic-partition's checkpoints as {@code relay.audit} holds them, and what they say about the partition now.
 * A checkpoint is one or more {@link AuditCheckpoint} events of the same tree size (its leaf hashes in chunks);
 * together a partition's checkpoints carry the hash of every record up to the largest. {@link #verify} checks each
 * checkpoint's signed note against the auditor's verifier key, that the carried leaf hashes make the signed root, that
 * each checkpoint extends the one before (an RFC 9162 consistency proof), and then compares the partition as it is
 * now, record by record, naming the first offset that differs. {@link #next} makes the events of a new checkpoint.
 */
public final class CheckpointLedger {

    /** Leaves a single event carries at most (32-byte hashes and offsets: about 350 KB). */
    public static final int CHUNK = 8192;

    /** What a verification found: a problem with a checkpoint or with the partition, at an offset where one applies. */
    public record Finding(String topic, int partition, String what, @Nullable Long offset) {

        @Override
        public String toString() {
            return topic + "/" + partition + (offset == null ? "" : " offset " + offset) + ": " + what;
        }
    }

    /** The outcome: the largest checkpoint that verified (size 0: none) and the findings. */
    public record Verification(long verifiedSize, List<Finding> findings) {
    }

    private final String topic;
    private final int partition;
    private final TreeMap<Long, List<AuditCheckpoint>> bySize = new TreeMap<>();
    private final List<@Nullable Long> offsets = new ArrayList<>();
    private final List<byte @Nullable []> hashes = new ArrayList<>();

    /** The ledger of a partition from its {@code relay.audit} events (others' are left aside), in any order. */
    public CheckpointLedger(String topic, int partition, List<AuditCheckpoint> events) {
        this.topic = topic;
        this.partition = partition;
        for (AuditCheckpoint event : events) {
            if (event.getTopic().equals(topic) && event.getPartition() == partition) {
                bySize.computeIfAbsent(event.getTreeSize(), size -> new ArrayList<>()).add(event);
                carry(event);
            }
        }
    }

    /** The origin line of a partition's checkpoints: {@code <log name>/<topic>/<partition>}. */
    public static String origin(String logName, String topic, int partition) {
        return logName + "/" + topic + "/" + partition;
    }

    public boolean isEmpty() {
        return bySize.isEmpty();
    }

    /** Checks every checkpoint and then the partition as read now. */
    public Verification verify(PartitionLeaves.Read now, String verifierKey) {
        List<Finding> findings = new ArrayList<>();
        long verified = 0;
        byte @Nullable [] verifiedRoot = null;
        for (Map.Entry<Long, List<AuditCheckpoint>> checkpoint : bySize.entrySet()) {
            long size = checkpoint.getKey();
            AuditCheckpoint head = checkpoint.getValue().get(0);
            String problem = problemOf(head, size, verifierKey);
            if (problem != null) {
                findings.add(new Finding(topic, partition, "checkpoint of size " + size + ": " + problem, null));
                continue;
            }
            List<byte[]> carried = carried(size);
            if (carried == null) {
                findings.add(new Finding(topic, partition, "checkpoint of size " + size
                        + ": relay.audit does not hold the hashes of all its records", null));
                continue;
            }
            MerkleTree tree = new MerkleTree(carried);
            if (!Arrays.equals(tree.root(), bytes(head.getRootHash()))) {
                findings.add(new Finding(topic, partition, "checkpoint of size " + size
                        + ": the leaf hashes relay.audit holds do not make its signed root (relay.audit was altered)",
                        null));
                continue;
            }
            if (verifiedRoot != null && !MerkleTree.verifyConsistency((int) verified, (int) size, verifiedRoot,
                    tree.root(), tree.consistencyProof((int) verified, (int) size))) {
                findings.add(new Finding(topic, partition, "checkpoint of size " + size + " does not extend the one of "
                        + "size " + verified, null));
                continue;
            }
            verified = size;
            verifiedRoot = tree.root();
        }
        if (verified > 0) {
            Finding difference = firstDifference(now, (int) verified);
            if (difference != null) {
                findings.add(difference);
            }
        }
        return new Verification(verified, findings);
    }

    /**
     * The events of a new checkpoint of the partition as read now, signed with {@code key}: the leaves after the
     * ledger's largest checkpoint (all of them for the first), in chunks of {@link #CHUNK}. Empty when the partition
     * holds no record more than that checkpoint. Only for a partition whose ledger verified against {@code now}.
     */
    public List<AuditCheckpoint> next(PartitionLeaves.Read now, NoteKey key, String logName, Envelope envelope) {
        long previous = bySize.isEmpty() ? 0 : bySize.lastKey();
        int size = now.leaves().size();
        if (size <= previous && !bySize.isEmpty()) {
            return List.of();
        }
        byte[] root = new MerkleTree(now.hashes()).root();
        String note = new Checkpoint(origin(logName, topic, partition), size, root).sign(key);
        List<AuditCheckpoint> events = new ArrayList<>();
        int from = (int) previous;
        do {
            int to = Math.min(size, from + CHUNK);
            List<PartitionLeaves.Leaf> chunk = now.leaves().subList(from, to);
            events.add(AuditCheckpoint.newBuilder().setEnvelope(envelope).setTopic(topic).setPartition(partition)
                    .setOrigin(origin(logName, topic, partition)).setTreeSize(size).setEndOffset(now.endOffset())
                    .setRootHash(ByteBuffer.wrap(root)).setSignedNote(note).setFromIndex(from)
                    .setOffsets(chunk.stream().map(PartitionLeaves.Leaf::offset).toList())
                    .setLeafHashes(chunk.stream().map(l -> ByteBuffer.wrap(l.hash())).toList()).build());
            from = to;
        } while (from < size);
        return events;
    }

    /** The offset of leaf {@code index} as the checkpoints recorded it; null if they do not hold it. */
    public @Nullable Long offsetOf(int index) {
        return index < offsets.size() ? offsets.get(index) : null;
    }

    /** The leaf hashes the checkpoints carry for the tree of {@code size}; null if any is missing. */
    public @Nullable List<byte[]> carried(long size) {
        if (size > hashes.size()) {
            return null;
        }
        List<byte[]> carried = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            byte[] hash = hashes.get(i);
            if (hash == null) {
                return null;
            }
            carried.add(hash);
        }
        return carried;
    }

    /** The sizes of the partition's checkpoints, smallest first. */
    public List<Long> sizes() {
        return List.copyOf(bySize.keySet());
    }

    /**
     * The checkpoint of that size as its note signed it, once the note verifies with the key and names the same tree
     * as the event; {@link IllegalArgumentException} otherwise.
     */
    public Checkpoint signed(long size, String verifierKey) {
        List<AuditCheckpoint> checkpoint = bySize.get(size);
        if (checkpoint == null) {
            throw new IllegalArgumentException("No checkpoint of size " + size + " of " + topic + "/" + partition);
        }
        String problem = problemOf(checkpoint.get(0), size, verifierKey);
        if (problem != null) {
            throw new IllegalArgumentException("The checkpoint of size " + size + " of " + topic + "/" + partition
                    + ": " + problem);
        }
        return Checkpoint.parse(SignedNote.open(checkpoint.get(0).getSignedNote(), verifierKey));
    }

    private void carry(AuditCheckpoint event) {
        int from = (int) event.getFromIndex();
        for (int i = 0; i < event.getLeafHashes().size(); i++) {
            int index = from + i;
            while (hashes.size() <= index) {
                hashes.add(null);
                offsets.add(null);
            }
            hashes.set(index, bytes(event.getLeafHashes().get(i)));
            offsets.set(index, event.getOffsets().get(i));
        }
    }

    private @Nullable String problemOf(AuditCheckpoint head, long size, String verifierKey) {
        try {
            Checkpoint signed = Checkpoint.parse(SignedNote.open(head.getSignedNote(), verifierKey));
            if (signed.size() != size || !Arrays.equals(signed.rootHash(), bytes(head.getRootHash()))
                    || !signed.origin().endsWith("/" + topic + "/" + partition)) {
                return "its signed note names another tree (" + signed + ")";
            }
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private @Nullable Finding firstDifference(PartitionLeaves.Read now, int size) {
        List<PartitionLeaves.Leaf> current = now.leaves();
        for (int i = 0; i < size; i++) {
            Long offset = offsets.get(i);
            if (i >= current.size()) {
                return new Finding(topic, partition, "the record checkpointed at this offset is gone (the partition "
                        + "now holds " + current.size() + " of the " + size + " records checkpointed)", offset);
            }
            PartitionLeaves.Leaf leaf = current.get(i);
            if (offset == null || leaf.offset() != offset) {
                return new Finding(topic, partition, "the record checkpointed at this offset is gone or moved (now "
                        + "the " + (i + 1) + ". record is at offset " + leaf.offset() + ")", offset);
            }
            if (!Arrays.equals(leaf.hash(), hashes.get(i))) {
                return new Finding(topic, partition, "the record differs from the one checkpointed (its key, value, "
                        + "headers or timestamp were rewritten)", offset);
            }
        }
        return null;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
