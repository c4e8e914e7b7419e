package kz.civicrelay.platform.transparency;

import java.util.Arrays;
import java.util.Base64;

/**
 * A C2SP {@code tlog-checkpoint}: the log's origin (a unique name, e.g. {@code civicrelay.kz/relay.scheduling/0}),
 * its size and the RFC 9162 root hash of that many entries; as note text, the three lines
 * {@code <origin>\n<size>\n<base64 root hash>\n}.
 */
public record Checkpoint(String origin, long size, byte[] rootHash) {

    public Checkpoint {
        if (origin.isBlank() || origin.contains("\n")) {
            throw new IllegalArgumentException("A checkpoint's origin is one non-empty line");
        }
        if (size < 0 || rootHash.length != 32) {
            throw new IllegalArgumentException("A checkpoint has a size >= 0 and a 32-byte root hash");
        }
        rootHash = rootHash.clone();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The note text: origin, size and root hash, each on a line. */
    public String text() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
    }

    /** The checkpoint of a note's text (extension lines after the third are allowed and left aside). */
    public static Checkpoint parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 4) {
            throw new IllegalArgumentException("A checkpoint has an origin, a size and a root hash");
        }
        try {
            return new Checkpoint(lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Malformed checkpoint: " + e.getMessage(), e);
        }
    }

    /** The signed note of this checkpoint. */
    public String sign(NoteKey key) {
        return SignedNote.sign(text(), key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint c && c.origin.equals(origin) && c.size == size
                && Arrays.equals(c.rootHash, rootHash);
    }

    @Override
    public int hashCode() {
        return origin.hashCode() * 31 + Long.hashCode(size) * 17 + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return text().replace('\n', ' ').strip();
    }
}
