package kz.civicrelay.schemas.serde;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.jspecify.annotations.Nullable;

/**
 * The series an encoded event belongs to, read from the start of its envelope without decoding the event: a reader
 * that wants one series' events (an audit of a long log) skips the others for the cost of a few bytes. It reads only
 * where the writer's schema (found by the record's fingerprint) starts with the envelope and the envelope with
 * {@code eventId}, {@code occurredAt}, {@code seriesId} — true of every kept version today, checked for each writer
 * schema rather than assumed; anything else (another layout, an unknown fingerprint, bytes that are not single-object
 * encoded, a short record) answers null, and the caller decodes the event as usual.
 */
public final class EnvelopePeek {

    private static final List<Schema.Type> LEADING = List.of(Schema.Type.STRING, Schema.Type.LONG, Schema.Type.STRING);
    private static final List<String> NAMES = List.of("eventId", "occurredAt", "seriesId");

    private final RelaySchemaStore store;
    private final Map<Long, Boolean> readable = new ConcurrentHashMap<>();
    private @Nullable BinaryDecoder decoder;

    public EnvelopePeek() {
        this(RelaySchemaStore.ofThisBuild());
    }

    public EnvelopePeek(RelaySchemaStore store) {
        this.store = store;
    }

    /** The envelope's series id, or null when it cannot be read so (decode the event instead). Not thread-safe. */
    public @Nullable String seriesId(byte @Nullable [] data) {
        if (data == null || !AvroEventDeserializer.isSingleObject(data)) {
            return null;
        }
        long fingerprint = AvroEventDeserializer.fingerprintOf(data);
        if (!readable.computeIfAbsent(fingerprint, this::startsWithEnvelope)) {
            return null;
        }
        try {
            BinaryDecoder in = DecoderFactory.get().binaryDecoder(data, AvroEventDeserializer.HEADER_LENGTH,
                    data.length - AvroEventDeserializer.HEADER_LENGTH,
                    decoder);
            decoder = in;
            in.skipString();
            in.readLong();
            return in.readString();
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** Whether the writer schema of this fingerprint starts with the envelope, and the envelope as this reads it. */
    boolean startsWithEnvelope(long fingerprint) {
        Schema writer = store.findByFingerprint(fingerprint);
        if (writer == null || writer.getType() != Schema.Type.RECORD || writer.getFields().isEmpty()) {
            return false;
        }
        Schema envelope = writer.getFields().get(0).schema();
        if (!"envelope".equals(writer.getFields().get(0).name()) || envelope.getType() != Schema.Type.RECORD
                || envelope.getFields().size() < LEADING.size()) {
            return false;
        }
        for (int i = 0; i < LEADING.size(); i++) {
            Schema.Field field = envelope.getFields().get(i);
            if (!NAMES.get(i).equals(field.name()) || field.schema().getType() != LEADING.get(i)) {
                return false;
            }
        }
        return true;
    }
}
