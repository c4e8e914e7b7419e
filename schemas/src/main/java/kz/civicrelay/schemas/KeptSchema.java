package kz.civicrelay.schemas;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * One kept version of an event schema, as a registry would hold it.
 *
 * @param version 1 for the first kept version; {@link #CURRENT} for today's schema when it is not kept yet
 */
public record KeptSchema(String fullName, int version, Schema schema) {

    /** Version number given to today's schema while it differs from every kept version. */
    public static final int CURRENT = Integer.MAX_VALUE;

    public long fingerprint() {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    public String label() {
        return version == CURRENT ? fullName + " (current)" : fullName + " v" + version;
    }
}
