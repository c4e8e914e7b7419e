package kz.civicrelay.console.schemas;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kz.civicrelay.schemas.EventCatalog;
import kz.civicrelay.schemas.KeptSchema;
import kz.civicrelay.schemas.SchemaHistory;

/**
 * Every schema a relay event may have been written with, by the fingerprint its bytes carry: what a
 * schema registry would tell a Kafka client that is not built with this project's classes. In Avro's
 * single-object encoding bytes 2 to 9 of a record's value are that fingerprint (CRC-64-AVRO of the
 * schema's parsing canonical form, little-endian); here it is written as those 8 bytes in hex.
 */
@Component
public class SchemaDirectory {

    /** One schema version; {@code version} is null for today's schema while no kept version equals it. */
    public record SchemaVersion(String name, @Nullable Integer version, boolean current, String fingerprint) {
    }

    private final Map<String, KeptSchema> byFingerprint = new LinkedHashMap<>();
    private final Set<Long> current;

    public SchemaDirectory() {
        this(SchemaHistory.fromClasspath(), EventCatalog.current());
    }

    SchemaDirectory(SchemaHistory history, List<Schema> today) {
        current = today.stream().map(SchemaDirectory::fingerprintOf).collect(Collectors.toSet());
        List<KeptSchema> all = new ArrayList<>(history.all());
        Set<Long> kept = all.stream().map(KeptSchema::fingerprint).collect(Collectors.toSet());
        today.stream().filter(s -> !kept.contains(fingerprintOf(s)))
                .forEach(s -> all.add(new KeptSchema(s.getFullName(), KeptSchema.CURRENT, s)));
        all.sort(Comparator.comparing(KeptSchema::fullName).thenComparingInt(KeptSchema::version));
        all.forEach(k -> byFingerprint.put(wire(k.fingerprint()), k));
    }

    public List<SchemaVersion> all() {
        return byFingerprint.entrySet().stream().map(e -> new SchemaVersion(e.getValue().fullName(),
                e.getValue().version() == KeptSchema.CURRENT ? null : e.getValue().version(),
                current.contains(e.getValue().fingerprint()), e.getKey())).toList();
    }

    /**
     * The schema whose fingerprint is these 16 hex digits; {@link IllegalArgumentException} if they are
     * not 16 hex digits, {@link NoSuchElementException} if no relay event was ever written with it.
     */
    public Schema byFingerprint(String hex) {
        if (!hex.matches("[0-9a-fA-F]{16}")) {
            throw new IllegalArgumentException("A schema fingerprint is 16 hex digits (bytes 2 to 9 of a record), not "
                    + hex);
        }
        KeptSchema kept = byFingerprint.get(hex.toLowerCase(java.util.Locale.ROOT));
        if (kept == null) {
            throw new NoSuchElementException("No relay event schema has the fingerprint " + hex);
        }
        return kept.schema();
    }

    private static long fingerprintOf(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    /** The fingerprint as single-object encoding writes it: 8 bytes, little-endian, in hex. */
    static String wire(long fingerprint) {
        return HexFormat.of().formatHex(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(fingerprint)
                .array());
    }
}
