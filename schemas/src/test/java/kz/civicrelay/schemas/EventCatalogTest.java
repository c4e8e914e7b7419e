package kz.civicrelay.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    @Test
    void shouldListEveryEventFileOfTheSourceFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/avro/events"))) {
            var fileNames = files.map(f -> f.getFileName().toString().replace(".avsc", "")).sorted().toList();
            var catalogNames = EventCatalog.current().stream().map(Schema::getName).sorted().toList();
            assertThat(catalogNames).isEqualTo(fileNames);
        }
    }

    @Test
    void shouldGiveEveryEventTheEnvelopeAsItsFirstField() {
        for (Schema event : EventCatalog.current()) {
            assertThat(event.getFields().get(0).name()).as(event.getFullName()).isEqualTo("envelope");
            assertThat(event.getFields().get(0).schema().getFullName()).isEqualTo("kz.civicrelay.events.Envelope");
        }
    }

    @Test
    void shouldKeepTodaysSchemaOfEveryEventInTheHistory() {
        SchemaHistory history = SchemaHistory.fromClasspath();
        for (Schema event : EventCatalog.current()) {
            var latest = history.latestOf(event.getFullName());
            assertThat(latest).as("kept version of " + event.getFullName()).isPresent();
            assertThat(latest.get().fingerprint()).as(event.getFullName() + " latest kept = today's")
                    .isEqualTo(new KeptSchema(event.getFullName(), KeptSchema.CURRENT, event).fingerprint());
        }
    }

    @Test
    void shouldKeepARealOlderVersionOfParticipantRegistered() {
        var versions = SchemaHistory.fromClasspath().versionsOf("kz.civicrelay.events.ParticipantRegistered");
        assertThat(versions).hasSizeGreaterThanOrEqualTo(2);
        assertThat(versions.get(0).schema().getField("languages")).isNull();
        assertThat(versions.get(1).schema().getField("languages")).isNotNull();
    }
}
