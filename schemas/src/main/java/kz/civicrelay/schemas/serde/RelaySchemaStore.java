package kz.civicrelay.schemas.serde;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.schemas.EventCatalog;
import kz.civicrelay.schemas.KeptSchema;
import kz.civicrelay.schemas.SchemaHistory;

/**
 * Every schema version a relay event may have been written with (today's and every kept one),
 * looked up by its 64-bit parsing fingerprint, as single-object encoding names them.
 */
public final class RelaySchemaStore implements SchemaStore {

    private final Map<Long, Schema> byFingerprint = new HashMap<>();

    public RelaySchemaStore(List<Schema> current, SchemaHistory history) {
        history.all().stream().map(KeptSchema::schema).forEach(this::add);
        current.forEach(this::add);
    }

    /** The store of this build: today's catalog plus the history on the classpath. */
    public static RelaySchemaStore ofThisBuild() {
        return new RelaySchemaStore(EventCatalog.current(), SchemaHistory.fromClasspath());
    }

    private void add(Schema schema) {
        byFingerprint.put(SchemaNormalization.parsingFingerprint64(schema), schema);
    }

    @Override
    public @Nullable Schema findByFingerprint(long fingerprint) {
        return byFingerprint.get(fingerprint);
    }

    public int size() {
        return byFingerprint.size();
    }
}
