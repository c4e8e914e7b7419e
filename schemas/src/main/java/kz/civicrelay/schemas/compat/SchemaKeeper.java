package kz.civicrelay.schemas.compat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.avro.Schema;

import kz.civicrelay.schemas.KeptSchema;
import kz.civicrelay.schemas.SchemaHistory;

/**
 * Keeps today's schemas: every event whose schema differs from its latest kept version is written
 * to the history folder as the next version, self-contained. Run it when you change a schema;
 * it refuses while the change is incompatible.
 */
public final class SchemaKeeper {

    private SchemaKeeper() {
    }

    public static void main(String[] args) throws IOException {
        Path avroFolder = Path.of(args[0]);
        Path historyFolder = Path.of(args[1]);
        List<Schema> current = CurrentSchemas.read(avroFolder);
        SchemaHistory history = SchemaHistory.fromFolder(historyFolder, current);
        List<String> violations = CompatibilityCheck.violations(history, current);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Refusing to keep incompatible schemas: " + violations);
        }
        Files.createDirectories(historyFolder);
        for (Schema schema : current) {
            int next = history.latestOf(schema.getFullName()).map(KeptSchema::version).orElse(0) + 1;
            if (CompatibilityCheck.unkept(history, List.of(schema)).isEmpty()) {
                continue;
            }
            Path file = historyFolder.resolve(SchemaHistory.fileName(schema.getName(), next));
            Files.writeString(file, schema.toString(true) + "\n", StandardCharsets.UTF_8);
            System.out.println("[schema keeper] kept " + schema.getFullName() + " as v" + next + ": " + file);
        }
    }
}
