package kz.civicrelay.schemas.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.civicrelay.schemas.SchemaHistory;

class CompatibilityCheckTest {

    private static final String V1 = """
            {"type":"record","name":"ForumNoted","namespace":"kz.civicrelay.test","fields":[
              {"name":"forumId","type":"string"},
              {"name":"regionCode","type":"string"}]}""";

    @TempDir
    Path history;

    @Test
    void shouldAcceptAFieldAddedWithADefault() throws IOException {
        givenKept(V1);
        Schema current = schema("""
                {"type":"record","name":"ForumNoted","namespace":"kz.civicrelay.test","fields":[
                  {"name":"forumId","type":"string"},
                  {"name":"regionCode","type":"string"},
                  {"name":"note","type":["null","string"],"default":null}]}""");

        assertThat(violations(current)).isEmpty();
    }

    @Test
    void shouldRejectARemovedFieldThatHasNoDefaultNamingTheSchema() throws IOException {
        givenKept(V1);
        Schema current = schema("""
                {"type":"record","name":"ForumNoted","namespace":"kz.civicrelay.test","fields":[
                  {"name":"forumId","type":"string"}]}""");

        assertThat(violations(current)).singleElement().asString()
                .contains("Schema kz.civicrelay.test.ForumNoted is not FULL_TRANSITIVE compatible")
                .contains("regionCode");
    }

    @Test
    void shouldRejectAFieldAddedWithoutADefault() throws IOException {
        givenKept(V1);
        Schema current = schema("""
                {"type":"record","name":"ForumNoted","namespace":"kz.civicrelay.test","fields":[
                  {"name":"forumId","type":"string"},
                  {"name":"regionCode","type":"string"},
                  {"name":"capacity","type":"int"}]}""");

        assertThat(violations(current)).singleElement().asString().contains("READER_FIELD_MISSING_DEFAULT_VALUE");
    }

    @Test
    void shouldCheckTransitivelyAgainstEveryKeptVersionNotOnlyTheLatest() throws IOException {
        givenKept(V1);
        givenKept("""
                {"type":"record","name":"ForumNoted","namespace":"kz.civicrelay.test","fields":[
                  {"name":"forumId","type":"string"},
                  {"name":"regionCode","type":"string","default":"KZ-33"}]}""", 2);
        Schema current = schema("""
                {"type":"record","name":"ForumNoted","namespace":"kz.civicrelay.test","fields":[
                  {"name":"forumId","type":"string"}]}""");

        assertThat(violations(current)).anySatisfy(v -> assertThat(v)
                .contains("ForumNoted v1 cannot read data written with kz.civicrelay.test.ForumNoted (current)"));
    }

    @Test
    void shouldReportTodaysSchemaAsUnkeptUntilItIsKept() throws IOException {
        Schema current = schema(V1);
        assertThat(CompatibilityCheck.unkept(SchemaHistory.fromFolder(history, List.of(current)), List.of(current)))
                .containsExactly("kz.civicrelay.test.ForumNoted");

        givenKept(V1);
        assertThat(CompatibilityCheck.unkept(SchemaHistory.fromFolder(history, List.of(current)), List.of(current)))
                .isEmpty();
    }

    @Test
    void shouldPassTheGateOnThisRepositorysSchemas() {
        List<Schema> current = CurrentSchemas.read(Path.of("src/main/avro"));
        SchemaHistory kept = SchemaHistory.fromFolder(Path.of("history"), current);

        assertThat(CompatibilityCheck.violations(kept, current)).isEmpty();
        assertThat(current).hasSize(41);
    }

    private void givenKept(String json) throws IOException {
        givenKept(json, 1);
    }

    private void givenKept(String json, int version) throws IOException {
        Files.writeString(history.resolve(SchemaHistory.fileName("ForumNoted", version)), json);
    }

    private List<String> violations(Schema current) {
        return CompatibilityCheck.violations(SchemaHistory.fromFolder(history, List.of(current)), List.of(current));
    }

    private static Schema schema(String json) {
        return new Schema.Parser().parse(json);
    }
}
