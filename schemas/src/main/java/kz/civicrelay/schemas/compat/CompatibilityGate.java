package kz.civicrelay.schemas.compat;

import java.nio.file.Path;
import java.util.List;

import org.apache.avro.Schema;

import kz.civicrelay.schemas.SchemaHistory;

/**
 * Build step ({@code process-classes} of the schemas module): fails the build when any event
 * schema breaks FULL_TRANSITIVE compatibility with its kept versions, naming the schema.
 *
 * <p>Arguments: the Avro source folder and the history folder.
 */
public final class CompatibilityGate {

    private CompatibilityGate() {
    }

    public static void main(String[] args) {
        Path avroFolder = Path.of(args[0]);
        Path historyFolder = Path.of(args[1]);
        List<Schema> current = CurrentSchemas.read(avroFolder);
        SchemaHistory history = SchemaHistory.fromFolder(historyFolder, current);

        List<String> violations = CompatibilityCheck.violations(history, current);
        for (String unkept : CompatibilityCheck.unkept(history, current)) {
            System.out.println("[schema gate] WARNING: " + unkept + " differs from its last kept version;"
                    + " keep it with: ./mvnw -pl schemas process-classes exec:java@keep-schemas");
        }
        if (!violations.isEmpty()) {
            violations.forEach(v -> System.err.println("[schema gate] " + v));
            throw new IllegalStateException("Schema compatibility gate failed: " + violations.size()
                    + " incompatibilities; first: " + violations.get(0));
        }
        System.out.println("[schema gate] " + current.size() + " event schemas, " + history.all().size()
                + " kept versions: FULL_TRANSITIVE compatible");
    }
}
