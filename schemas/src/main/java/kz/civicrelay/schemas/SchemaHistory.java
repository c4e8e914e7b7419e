package kz.civicrelay.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.avro.Schema;

/**
 * The kept versions of the event schemas. Each version is one self-contained file named
 * {@code <SimpleName>.v<N>.avsc} (named types inlined), numbered from 1 without gaps. The build
 * reads them from {@code schemas/history/}; at run time they come from the classpath folder
 * {@code schema-history/}.
 */
public final class SchemaHistory {

    private static final String CLASSPATH_FOLDER = "schema-history/";

    private final List<KeptSchema> kept;

    private SchemaHistory(List<KeptSchema> kept) {
        this.kept = List.copyOf(kept);
    }

    /** Every kept version of every event in {@link EventCatalog}, read from the classpath. */
    public static SchemaHistory fromClasspath() {
        ClassLoader loader = SchemaHistory.class.getClassLoader();
        List<KeptSchema> kept = new ArrayList<>();
        for (Schema current : EventCatalog.current()) {
            for (int version = 1; ; version++) {
                String resource = CLASSPATH_FOLDER + fileName(current.getName(), version);
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in == null) {
                        break;
                    }
                    kept.add(parse(current.getFullName(), version, new Schema.Parser().parse(in), resource));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read kept schema " + resource, e);
                }
            }
        }
        return new SchemaHistory(kept);
    }

    /** Every kept version found in a folder, for the event names given. */
    public static SchemaHistory fromFolder(Path folder, List<Schema> currentSchemas) {
        List<KeptSchema> kept = new ArrayList<>();
        for (Schema current : currentSchemas) {
            for (int version = 1; ; version++) {
                Path file = folder.resolve(fileName(current.getName(), version));
                if (!Files.exists(file)) {
                    break;
                }
                try {
                    kept.add(parse(current.getFullName(), version, new Schema.Parser().parse(file.toFile()), file.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read kept schema " + file, e);
                }
            }
        }
        return new SchemaHistory(kept);
    }

    public static String fileName(String simpleName, int version) {
        return simpleName + ".v" + version + ".avsc";
    }

    private static KeptSchema parse(String expectedName, int version, Schema schema, String source) {
        if (!schema.getFullName().equals(expectedName)) {
            throw new IllegalStateException(
                    "Kept schema " + source + " declares " + schema.getFullName() + ", expected " + expectedName);
        }
        return new KeptSchema(expectedName, version, schema);
    }

    public List<KeptSchema> all() {
        return kept;
    }

    /** Kept versions of one event, oldest first. */
    public List<KeptSchema> versionsOf(String fullName) {
        return kept.stream().filter(k -> k.fullName().equals(fullName)).toList();
    }

    public Optional<KeptSchema> latestOf(String fullName) {
        List<KeptSchema> versions = versionsOf(fullName);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }
}
