package kz.civicrelay.console.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.civicrelay.console.SampleEvents;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TopicLog;

/**
 * A Kafka client built without this project's classes reads a relay event: it takes the fingerprint
 * from the record's bytes, asks the console for that schema, and decodes the rest with plain Avro.
 */
@ExtendWith(SharedKafkaBroker.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchemaEndpointIT {

    private static final String KAZAKH = "Әйгерім Құдайбергенқызы ә ғ қ ң ө ұ ү һ і";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldLetAnyKafkaClientDecodeARecordWithTheSchemaItsFingerprintNames() throws Exception {
        SampleEvents events = new SampleEvents("schema-it");
        TopicLog.send("relay.registration", events.forum(1), events.registered(1, KAZAKH));
        byte[] value = TopicLog.readAll("relay.registration", new ByteArrayDeserializer()).stream()
                .map(ConsumerRecord::value)
                .filter(bytes -> new String(bytes, StandardCharsets.UTF_8).contains(KAZAKH))
                .findFirst().orElseThrow();

        // Bytes 0-1 are the single-object marker, 2-9 the writer schema's fingerprint, the rest the body.
        assertThat(HexFormat.of().formatHex(value, 0, 2)).isEqualTo("c301");
        String fingerprint = HexFormat.of().formatHex(value, 2, 10);
        HttpResponse<String> schema = get("/api/schemas/" + fingerprint);
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));

        Schema writer = new Schema.Parser().parse(schema.body());
        GenericRecord decoded = new GenericDatumReader<GenericRecord>(writer).read(null,
                DecoderFactory.get().binaryDecoder(value, 10, value.length - 10, null));
        assertThat(decoded.getSchema().getFullName()).isEqualTo("kz.civicrelay.events.ParticipantRegistered");
        assertThat(decoded.toString()).contains(KAZAKH);

        assertThat(get("/api/schemas").body()).contains("\"fingerprint\":\"" + fingerprint + "\"")
                .contains("\"name\":\"kz.civicrelay.events.ParticipantRegistered\"");
    }

    @Test
    void shouldRefuseAFingerprintThatIsNotOneAndNotFindAnUnknownOne() throws Exception {
        HttpResponse<String> malformed = get("/api/schemas/not-hex");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(malformed.body()).contains("16 hex digits");

        HttpResponse<String> unknown = get("/api/schemas/0000000000000000");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
