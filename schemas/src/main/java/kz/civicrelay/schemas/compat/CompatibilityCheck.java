package kz.civicrelay.schemas.compat;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

import kz.civicrelay.schemas.KeptSchema;
import kz.civicrelay.schemas.SchemaHistory;

/**
 * FULL_TRANSITIVE compatibility, as a schema registry enforces it: every version of an event,
 * kept or current, must read data written with every other version, in both directions.
 */
public final class CompatibilityCheck {

    private CompatibilityCheck() {
    }

    /** The lineage of one event: its kept versions, oldest first, then today's schema if it is not kept yet. */
    public static List<KeptSchema> lineage(SchemaHistory history, Schema current) {
        List<KeptSchema> lineage = new ArrayList<>(history.versionsOf(current.getFullName()));
        KeptSchema today = new KeptSchema(current.getFullName(), KeptSchema.CURRENT, current);
        boolean kept = lineage.stream().anyMatch(k -> k.fingerprint() == today.fingerprint());
        if (!kept) {
            lineage.add(today);
        }
        return lineage;
    }

    /** Every incompatibility between any two versions of any event; empty when all is well. */
    public static List<String> violations(SchemaHistory history, List<Schema> currentSchemas) {
        List<String> violations = new ArrayList<>();
        for (Schema current : currentSchemas) {
            List<KeptSchema> lineage = lineage(history, current);
            for (int newer = 1; newer < lineage.size(); newer++) {
                for (int older = 0; older < newer; older++) {
                    violations.addAll(check(lineage.get(newer), lineage.get(older)));
                    violations.addAll(check(lineage.get(older), lineage.get(newer)));
                }
            }
        }
        return violations;
    }

    /** Today's schemas that differ from their latest kept version (or have none kept). */
    public static List<String> unkept(SchemaHistory history, List<Schema> currentSchemas) {
        return currentSchemas.stream()
                .filter(current -> lineage(history, current).stream().anyMatch(k -> k.version() == KeptSchema.CURRENT))
                .map(Schema::getFullName)
                .toList();
    }

    private static List<String> check(KeptSchema reader, KeptSchema writer) {
        var result = SchemaCompatibility.checkReaderWriterCompatibility(reader.schema(), writer.schema()).getResult();
        if (result.getCompatibility() == SchemaCompatibilityType.COMPATIBLE) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (Incompatibility incompatibility : result.getIncompatibilities()) {
            found.add("Schema " + reader.fullName() + " is not FULL_TRANSITIVE compatible: "
                    + reader.label() + " cannot read data written with " + writer.label() + ": "
                    + incompatibility.getType() + " at " + incompatibility.getLocation()
                    + " (" + incompatibility.getMessage() + ")");
        }
        return found;
    }
}
