package kz.civicrelay.platform.audit;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.schemas.serde.AvroEventDeserializer;

/** Reads undecodable records as {@code null} instead of failing, so a stream or audit can show and skip them. */
public class LenientEventDeserializer extends AvroEventDeserializer {

    public LenientEventDeserializer() {
        super();
    }

    @Override
    public @Nullable SpecificRecord deserialize(String topic, byte @Nullable [] data) {
        try {
            return super.deserialize(topic, data);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
