package kz.civicrelay.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.junit.jupiter.api.Test;

import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.DocumentKind;
import kz.civicrelay.events.RecommendationProposed;
import kz.civicrelay.events.RecommendationWithdrawn;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.events.ResolutionDraftOpened;
import kz.civicrelay.schemas.SchemaHistory;

/**
 * Resolution events written before issue 13 added their fields (the kept version before today's of each, read from
 * {@code schema-history/}, single-object encoded as {@link AvroEventSerializer} writes) are read into today's classes:
 * the new fields take their defaults and the Kazakh letters arrive intact.
 */
class OlderResolutionEventsTest {

    private static final String TOPIC = "relay.resolution";
    private static final String KAZAKH_LETTERS = "ә ғ қ ң ө ұ ү һ і";

    private final AvroEventDeserializer deserializer = new AvroEventDeserializer();

    @Test
    void shouldReadADraftOpenedBeforeTheKindExistedAsAResolution() {
        Schema v2 = kept("ResolutionDraftOpened", 2);
        GenericRecord old = new GenericRecordBuilder(v2)
                .set("envelope", envelope(v2))
                .set("resolutionId", "res-ss-01-kz-33")
                .set("title", text(v2, "title", "Жетісу форумының қарары " + KAZAKH_LETTERS,
                        "Резолюция форума Жетісу", "Resolution of the Jetisu forum"))
                .build();

        var read = (ResolutionDraftOpened) deserializer.deserialize(TOPIC, encode(old));

        assertThat(read.getDocumentKind()).as("documentKind added in v3").isEqualTo(DocumentKind.RESOLUTION);
        assertThat(read.getTitle().getKk()).isEqualTo("Жетісу форумының қарары " + KAZAKH_LETTERS);
    }

    @Test
    void shouldReadAProposalWrittenBeforeTheAddresseeRegionAsNational() {
        Schema v2 = kept("RecommendationProposed", 2);
        GenericRecord old = new GenericRecordBuilder(v2)
                .set("envelope", envelope(v2))
                .set("resolutionId", "res-ss-01-kz-33")
                .set("recommendationId", "rec-1")
                .set("addresseeKind", new GenericData.EnumSymbol(v2.getField("addresseeKind").schema(), "MINISTRY"))
                .set("addressee", text(v2, "addressee", "Білім министрлігі", "Министерство просвещения",
                        "Ministry of Education"))
                .set("text", text(v2, "text", "Ауыл мектептеріне қаржы бөлу: " + KAZAKH_LETTERS,
                        "Выделить средства сельским школам", "Fund rural schools"))
                .build();

        var read = (RecommendationProposed) deserializer.deserialize(TOPIC, encode(old));

        assertThat(read.getAddresseeRegion()).as("addresseeRegion added in v3").isNull();
        assertThat(read.getAddresseeKind()).isEqualTo(AddresseeKind.MINISTRY);
        assertThat(read.getText().getKk()).isEqualTo("Ауыл мектептеріне қаржы бөлу: " + KAZAKH_LETTERS);
        assertThat(read.getAddressee().getKk()).isEqualTo("Білім министрлігі");
    }

    @Test
    void shouldReadAWithdrawalWrittenBeforeMergingAsNotMerged() {
        Schema v2 = kept("RecommendationWithdrawn", 2);
        GenericRecord old = new GenericRecordBuilder(v2)
                .set("envelope", envelope(v2))
                .set("resolutionId", "res-ss-01-kz-33")
                .set("recommendationId", "rec-2")
                .set("reason", "Қайталанады: " + KAZAKH_LETTERS)
                .build();

        var read = (RecommendationWithdrawn) deserializer.deserialize(TOPIC, encode(old));

        assertThat(read.getMergedInto()).as("mergedInto added in v3").isNull();
        assertThat(read.getReason()).isEqualTo("Қайталанады: " + KAZAKH_LETTERS);
    }

    @Test
    void shouldReadAnAdoptionWrittenBeforeItsKindVoteAndRecommendationsWithTheirDefaults() {
        Schema v3 = kept("ResolutionAdopted", 3);
        String hash = "0f".repeat(32);
        GenericRecord old = new GenericRecordBuilder(v3)
                .set("envelope", envelope(v3))
                .set("resolutionId", "res-ss-01-kz-33")
                .set("title", text(v3, "title", "Жетісу форумының қарары " + KAZAKH_LETTERS,
                        "Резолюция форума Жетісу", "Resolution of the Jetisu forum"))
                .set("recommendationIds", List.of("rec-1", "rec-3"))
                .set("contentHash", hash)
                .set("recommendationsByAddressee", Map.of("MINISTRY", 1, "MEDIA", 1))
                .build();

        var read = (ResolutionAdopted) deserializer.deserialize(TOPIC, encode(old));

        assertThat(read.getDocumentKind()).as("documentKind added in v4").isEqualTo(DocumentKind.RESOLUTION);
        assertThat(read.getVote()).as("vote added in v4").isNull();
        assertThat(read.getRecommendations()).as("recommendations added in v4").isEmpty();
        assertThat(read.getRecommendationIds()).containsExactly("rec-1", "rec-3");
        assertThat(read.getContentHash()).isEqualTo(hash);
        assertThat(read.getRecommendationsByAddressee()).containsExactlyInAnyOrderEntriesOf(Map.of("MINISTRY", 1,
                "MEDIA", 1));
        assertThat(read.getTitle().getKk()).isEqualTo("Жетісу форумының қарары " + KAZAKH_LETTERS);
    }

    /** A kept version, as {@code schemas/history/<Event>.v<N>.avsc} has it (on the classpath under schema-history/). */
    static Schema kept(String event, int version) {
        String resource = "schema-history/" + SchemaHistory.fileName(event, version);
        try (InputStream in = OlderResolutionEventsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Single-object encoding with the given (old) writer schema: marker, its fingerprint, the body. */
    static byte[] encode(GenericRecord record) {
        try {
            ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), record.getSchema())
                    .encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GenericRecord text(Schema event, String field, String kk, String ru, String en) {
        return new GenericRecordBuilder(event.getField(field).schema()).set("kk", kk).set("ru", ru).set("en", en)
                .build();
    }

    private static GenericRecord envelope(Schema event) {
        Schema envelope = event.getField("envelope").schema();
        Schema actor = envelope.getField("actor").schema();
        return new GenericRecordBuilder(envelope)
                .set("eventId", UUID.randomUUID().toString())
                .set("occurredAt", Instant.parse("2026-05-14T07:30:00Z").toEpochMilli())
                .set("seriesId", "kz-civic-forums-2026")
                .set("forumId", "ss-01-kz-33")
                .set("correlationId", "corr-1")
                .set("actor", new GenericRecordBuilder(actor)
                        .set("kind", new GenericData.EnumSymbol(actor.getField("kind").schema(), "EDITOR"))
                        .set("id", "editor-kz-33").set("displayName", "Әйгерім Қасымқызы").build())
                .set("producer", "resolution")
                .build();
    }
}
