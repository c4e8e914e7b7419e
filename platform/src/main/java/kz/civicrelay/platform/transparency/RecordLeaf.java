package kz.civicrelay.platform.transparency;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A Kafka record as a leaf of its partition's Merkle tree: offset (8 bytes, big-endian), timestamp (8 bytes), key,
 * value (each a 4-byte length, -1 for none, then the bytes), then the headers (a 4-byte count, then each name as a
 * length and UTF-8 bytes and its value as a length, -1 for none, and bytes), in the record's order. Any change to
 * what a record says, where it is or when it was written changes its leaf.
 */
public final class RecordLeaf {

    private RecordLeaf() {
    }

    public static byte[] of(long offset, long timestamp, byte @Nullable [] key, byte @Nullable [] value,
            List<Map.Entry<String, byte @Nullable []>> headers) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + (value == null ? 0 : value.length));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(offset);
            out.writeLong(timestamp);
            write(out, key);
            write(out, value);
            out.writeInt(headers.size());
            for (Map.Entry<String, byte @Nullable []> header : headers) {
                write(out, header.getKey().getBytes(StandardCharsets.UTF_8));
                write(out, header.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The leaf's hash in the tree: SHA-256(0x00 ‖ leaf). */
    public static byte[] hash(long offset, long timestamp, byte @Nullable [] key, byte @Nullable [] value,
            List<Map.Entry<String, byte @Nullable []>> headers) {
        return MerkleTree.leafHash(of(offset, timestamp, key, value, headers));
    }

    private static void write(DataOutputStream out, byte @Nullable [] bytes) throws IOException {
        if (bytes == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }
}
