package kz.civicrelay.console.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;

import org.junit.jupiter.api.Test;

import kz.civicrelay.console.schemas.SchemaDirectory.SchemaVersion;

/** The schema list has a defined order: by name, then version, today's schema (when not kept yet) last. */
class SchemaDirectoryTest {

    @Test
    void listsSchemasByNameThenVersionWithTodaysUnkeptSchemaLast() {
        // Given the relay's kept schema versions and today's schemas
        SchemaDirectory directory = new SchemaDirectory();

        // When they are listed
        var all = directory.all();

        // Then they come by name, then by version, a version-less (today's, not kept yet) one last
        assertThat(all).isNotEmpty().isSortedAccordingTo(Comparator.comparing(SchemaVersion::name)
                .thenComparing(SchemaVersion::version, Comparator.nullsLast(Comparator.naturalOrder())));
    }
}
