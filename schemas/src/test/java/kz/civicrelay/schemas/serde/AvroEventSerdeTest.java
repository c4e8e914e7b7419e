package kz.civicrelay.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.ParticipantCategory;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.events.ResolutionDraftOpened;
import kz.civicrelay.schemas.SchemaHistory;

class AvroEventSerdeTest {

    private static final String TOPIC = "relay.registration";

    private final AvroEventSerializer serializer = new AvroEventSerializer();
    private final AvroEventDeserializer deserializer = new AvroEventDeserializer();

    @Test
    void shouldRoundTripAnEventKeepingKazakhLetters() {
        var draft = ResolutionDraftOpened.newBuilder()
                .setEnvelope(envelope())
                .setResolutionId("res-kz33")
                .setTitle(new LocalizedText("Жетісу форумының қарары: әкімдікке ұсыныстар, ғ қ ң ө ұ ү һ і",
                        "Резолюция форума Жетісу", "Resolution of the Jetisu forum"))
                .build();

        byte[] bytes = serializer.serialize(TOPIC, draft);

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(deserializer.deserialize(TOPIC, bytes)).isEqualTo(draft);
    }

    @Test
    void shouldReadAnEventWrittenWithTheOlderKeptVersionIntoTodaysClass() throws Exception {
        Schema v1 = SchemaHistory.fromClasspath().versionsOf(ParticipantRegistered.getClassSchema().getFullName())
                .get(0).schema();
        GenericRecord old = new GenericRecordBuilder(v1)
                .set("envelope", genericEnvelope(v1.getField("envelope").schema()))
                .set("participantId", "p-1")
                .set("fullName", "Әлия Нұрғалиқызы")
                .set("organisation", "Жетісу азаматтық альянсы")
                .set("category", new GenericData.EnumSymbol(v1.getField("category").schema(), "CIVIL_ALLIANCE"))
                .set("regionOfOrigin", "KZ-33")
                .build();
        ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(old);
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);

        var read = (ParticipantRegistered) deserializer.deserialize(TOPIC, bytes);

        assertThat(read.getFullName()).isEqualTo("Әлия Нұрғалиқызы");
        assertThat(read.getCategory()).isEqualTo(ParticipantCategory.CIVIL_ALLIANCE);
        assertThat(read.getLanguages()).as("field added in v2 takes its default").isEmpty();
    }

    @Test
    void shouldRejectGarbageBytesWithAClearReason() {
        byte[] garbage = "not avro at all".getBytes();

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, garbage))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Not an Avro single-object encoded event on topic relay.registration");
    }

    @Test
    void shouldRejectAnUnknownSchemaFingerprintNamingIt() {
        Schema stranger = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"Stranger\",\"fields\":[{\"name\":\"x\",\"type\":\"int\"}]}");
        ByteBuffer buffer;
        try {
            buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), stranger)
                    .encode(new GenericRecordBuilder(stranger).set("x", 7).build());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Unknown schema fingerprint");
    }

    @Test
    void shouldHoldEveryKeptVersionInTheStore() {
        assertThat(RelaySchemaStore.ofThisBuild().size()).isEqualTo(SchemaHistory.fromClasspath().all().size());
    }

    private static Envelope envelope() {
        return Envelope.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setSeriesId("kz-civic-forums-2026")
                .setForumId("forum-01-kz-33")
                .setCausationId(null)
                .setCorrelationId(UUID.randomUUID().toString())
                .setActor(new Actor(ActorKind.OPERATOR, "operator-aigerim", "Әйгерім", null))
                .setProducer("resolution")
                .build();
    }

    private static GenericRecord genericEnvelope(Schema schema) {
        Schema actor = schema.getField("actor").schema();
        return new GenericRecordBuilder(schema)
                .set("eventId", UUID.randomUUID().toString())
                .set("occurredAt", Instant.now().toEpochMilli())
                .set("seriesId", "kz-civic-forums-2026")
                .set("forumId", "forum-01-kz-33")
                .set("correlationId", "corr-1")
                .set("actor", new GenericRecordBuilder(actor)
                        .set("kind", new GenericData.EnumSymbol(actor.getField("kind").schema(), "PARTICIPANT"))
                        .set("id", "p-1").build())
                .set("producer", "registration")
                .build();
    }

}
