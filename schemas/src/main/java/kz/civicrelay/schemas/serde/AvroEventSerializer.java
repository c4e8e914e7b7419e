package kz.civicrelay.schemas.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * Writes any relay event as Avro single-object encoding: marker {@code C3 01}, the writer schema's
 * 8-byte CRC-64-AVRO fingerprint (little-endian), then the binary body. Needs no registry: readers
 * find the writer schema in the {@link RelaySchemaStore} every build carries.
 */
public class AvroEventSerializer implements Serializer<SpecificRecord> {

    private final Map<Schema, BinaryMessageEncoder<SpecificRecord>> encoders = new ConcurrentHashMap<>();

    @Override
    public byte @Nullable [] serialize(String topic, @Nullable SpecificRecord event) {
        if (event == null) {
            return null;
        }
        Schema schema = event.getSchema();
        BinaryMessageEncoder<SpecificRecord> encoder = encoders.computeIfAbsent(schema,
                s -> new BinaryMessageEncoder<>(SpecificData.getForSchema(s), s));
        try {
            var buffer = encoder.encode(event);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot encode " + schema.getFullName() + " for topic " + topic, e);
        }
    }
}
