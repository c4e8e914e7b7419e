package kz.civicrelay.console.schemas;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import kz.civicrelay.console.schemas.SchemaDirectory.SchemaVersion;

/** The relay's event schemas for any Kafka client: list them, or fetch one by the fingerprint a record carries. */
@RestController
@RequestMapping("/api/schemas")
class SchemaController {

    private final SchemaDirectory directory;

    SchemaController(SchemaDirectory directory) {
        this.directory = directory;
    }

    @Operation(summary = "Every event schema version, with the fingerprint its records carry (bytes 2-9, hex)")
    @GetMapping
    List<SchemaVersion> schemas() {
        return directory.all();
    }

    @Operation(summary = "The Avro schema (JSON) of a fingerprint: 400 unless 16 hex digits, 404 if unknown")
    @GetMapping(path = "/{fingerprint}", produces = MediaType.APPLICATION_JSON_VALUE)
    String schema(@PathVariable String fingerprint) {
        return directory.byFingerprint(fingerprint).toString(true);
    }
}
