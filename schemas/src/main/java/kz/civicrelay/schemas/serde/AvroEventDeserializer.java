package kz.civicrelay.schemas.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.schemas.EventCatalog;

/**
 * Reads any relay event written with single-object encoding, whatever kept version of its schema
 * the writer used, into today's generated class (schema resolution does the rest). Bytes that are
 * not single-object encoded, or carry a fingerprint no kept schema has, raise a
 * {@link SerializationException} naming the reason, which the listeners' error handling sends to
 * the dead-letter topic.
 */
public class AvroEventDeserializer implements Deserializer<SpecificRecord> {

    static final int HEADER_LENGTH = 10;
    private static final byte MARKER_0 = (byte) 0xC3;
    private static final byte MARKER_1 = (byte) 0x01;

    private final RelaySchemaStore store;
    /**
     * A reader per writer schema (by fingerprint), resolving to today's class. The body after the 10-byte header is
     * read straight from the array with a buffered decoder: Avro's {@code BinaryMessageDecoder} reads it through an
     * input stream one byte at a time, which made decoding the audit's costliest step (docs/benchmarks.md).
     */
    private final Map<Long, DatumReader<SpecificRecord>> readers = new ConcurrentHashMap<>();

    public AvroEventDeserializer() {
        this(RelaySchemaStore.ofThisBuild());
    }

    public AvroEventDeserializer(RelaySchemaStore store) {
        this.store = store;
    }

    @Override
    public @Nullable SpecificRecord deserialize(String topic, byte @Nullable [] data) {
        if (data == null) {
            return null;
        }
        if (!isSingleObject(data)) {
            throw new SerializationException("Not an Avro single-object encoded event on topic " + topic
                    + " (" + data.length + " bytes; expected marker C3 01 and an 8-byte schema fingerprint)");
        }
        long fingerprint = fingerprintOf(data);
        Schema writer = store.findByFingerprint(fingerprint);
        if (writer == null) {
            throw new SerializationException(String.format(
                    "Unknown schema fingerprint %016x on topic %s: no kept version of any relay event has it",
                    fingerprint, topic));
        }
        Schema reader = EventCatalog.currentByName(writer.getFullName());
        if (reader == null) {
            throw new SerializationException("Schema " + writer.getFullName() + " on topic " + topic
                    + " is kept but is no longer a relay event");
        }
        try {
            return readers.computeIfAbsent(fingerprint,
                    f -> new SpecificDatumReader<>(writer, reader, SpecificData.getForSchema(reader)))
                    .read(null, DecoderFactory.get().binaryDecoder(data, HEADER_LENGTH, data.length - HEADER_LENGTH,
                            null));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot decode " + writer.getFullName() + " on topic " + topic
                    + ": " + e.getMessage(), e);
        }
    }

    /** Whether the bytes start with the single-object marker and have room for the fingerprint. */
    static boolean isSingleObject(byte[] data) {
        return data.length >= HEADER_LENGTH && data[0] == MARKER_0 && data[1] == MARKER_1;
    }

    /** The writer schema's fingerprint, little-endian after the marker. */
    static long fingerprintOf(byte[] data) {
        long fingerprint = 0;
        for (int i = 0; i < 8; i++) {
            fingerprint |= (data[2 + i] & 0xFFL) << (8 * i);
        }
        return fingerprint;
    }
}
