package kz.civicrelay.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.schemas.SchemaHistory;

/**
 * The series of an encoded event, read from its envelope's start: for an event of today's schema, for every kept
 * version's layout, and null (decode instead) for what it cannot read so — bytes that are not single-object encoded,
 * an unknown fingerprint, a record cut short.
 */
class EnvelopePeekTest {

    private final EnvelopePeek peek = new EnvelopePeek();

    @Test
    void readsTheSeriesOfAnEncodedEventWithKazakhLetters() {
        byte[] bytes = new AvroEventSerializer().serialize("relay.scheduling", convened("өңірлік-форумдар-2027"));

        assertThat(peek.seriesId(bytes)).isEqualTo("өңірлік-форумдар-2027");
        assertThat(peek.seriesId(new AvroEventSerializer().serialize("relay.scheduling", convened("bench-0001"))))
                .as("the decoder it reuses starts afresh").isEqualTo("bench-0001");
    }

    @Test
    void everyKeptVersionStartsWithTheEnvelopeAsItIsRead() {
        SchemaHistory.fromClasspath().all().forEach(kept -> assertThat(peek.startsWithEnvelope(
                SchemaNormalization.parsingFingerprint64(kept.schema()))).as(kept.schema().getFullName()).isTrue());
    }

    @Test
    void answersNullForWhatItCannotRead() {
        byte[] bytes = new AvroEventSerializer().serialize("relay.scheduling", convened("series-1"));
        byte[] unknown = bytes.clone();
        unknown[5] ^= 0x55;

        assertThat(peek.seriesId(null)).isNull();
        assertThat(peek.seriesId("not an event".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNull();
        assertThat(peek.seriesId(unknown)).as("an unknown fingerprint").isNull();
        assertThat(peek.seriesId(Arrays.copyOf(bytes, 14))).as("cut short").isNull();
    }

    private static ForumConvened convened(String seriesId) {
        return ForumConvened.newBuilder().setEnvelope(Envelope.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.parse("2027-03-15T07:00:00Z")).setSeriesId(seriesId).setForumId("forum-01-kz-33")
                .setCorrelationId("c-1").setActor(new Actor(ActorKind.OPERATOR, "operator-1", "Әйгерім", null))
                .setProducer("scheduling").build()).setPosition(1).setRegionCode("KZ-33").build();
    }
}
