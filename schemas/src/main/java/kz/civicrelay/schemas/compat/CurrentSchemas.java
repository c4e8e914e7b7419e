package kz.civicrelay.schemas.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.Schema;

/**
 * Today's event schemas read straight from the source folder (not from generated classes), so the
 * gate judges exactly what is written in {@code src/main/avro}.
 */
final class CurrentSchemas {

    private CurrentSchemas() {
    }

    /** Parses {@code common/} first (shared named types), then every file of {@code events/}. */
    static List<Schema> read(Path avroFolder) {
        Schema.Parser parser = new Schema.Parser();
        List<Schema> events = new ArrayList<>();
        try {
            for (String common : List.of("LocalizedText", "ActorKind", "Actor", "Envelope")) {
                parser.parse(avroFolder.resolve("common").resolve(common + ".avsc").toFile());
            }
            for (Path file : avscFiles(avroFolder.resolve("common"))) {
                if (!parser.getTypes().containsKey("kz.civicrelay.events." + baseName(file))) {
                    parser.parse(file.toFile());
                }
            }
            for (Path file : avscFiles(avroFolder.resolve("events"))) {
                events.add(parser.parse(file.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }

    private static List<Path> avscFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".avsc")).sorted().toList();
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".avsc".length());
    }
}
