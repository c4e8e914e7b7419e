package kz.civicrelay.forumctl.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * The report as JSON: keys sorted, lists in the report's total order, absent values left out, UTF-8 as is. A dead
 * letter's time is an ISO-8601 instant like every other time of the report (Jackson has no handler of its own for it).
 */
final class JsonReport {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addModule(new SimpleModule("instants").addSerializer(java.time.Instant.class, ToStringSerializer.instance))
            .build();

    private JsonReport() {
    }

    static String render(SeriesReport report) {
        try {
            return MAPPER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The report does not serialize", e);
        }
    }
}
