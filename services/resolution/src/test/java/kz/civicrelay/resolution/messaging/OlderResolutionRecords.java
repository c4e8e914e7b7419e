package kz.civicrelay.resolution.messaging;

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

import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.schemas.SchemaHistory;

/**
 * Resolution's events as a build from before issue 13 wrote them: each with the kept version of its schema before
 * today's (ResolutionDraftOpened, RecommendationProposed and RecommendationWithdrawn v2, ResolutionAdopted v3), in the
 * single-object encoding the relay's serializer writes.
 */
final class OlderResolutionRecords {

    static final String SERIES = "kz-civic-forums-2026";
    static final String FORUM = "ss-01-kz-33";
    static final String EDITOR = "Әйгерім Қасымқызы";
    static final Instant AT = Instant.parse("2026-05-14T07:30:00Z");

    private OlderResolutionRecords() {
    }

    static byte[] draftOpened(String resolutionId, Trilingual title) {
        Schema v2 = kept("ResolutionDraftOpened", 2);
        return encode(new GenericRecordBuilder(v2).set("envelope", envelope(v2)).set("resolutionId", resolutionId)
                .set("title", text(v2, "title", title)).build());
    }

    static byte[] proposed(String resolutionId, String recommendationId, String addresseeKind, Trilingual addressee,
            Trilingual text) {
        Schema v2 = kept("RecommendationProposed", 2);
        return encode(new GenericRecordBuilder(v2).set("envelope", envelope(v2)).set("resolutionId", resolutionId)
                .set("recommendationId", recommendationId)
                .set("addresseeKind", new GenericData.EnumSymbol(v2.getField("addresseeKind").schema(), addresseeKind))
                .set("addressee", text(v2, "addressee", addressee)).set("text", text(v2, "text", text)).build());
    }

    static byte[] withdrawn(String resolutionId, String recommendationId, String reason) {
        Schema v2 = kept("RecommendationWithdrawn", 2);
        return encode(new GenericRecordBuilder(v2).set("envelope", envelope(v2)).set("resolutionId", resolutionId)
                .set("recommendationId", recommendationId).set("reason", reason).build());
    }

    static byte[] adopted(String resolutionId, Trilingual title, List<String> recommendationIds, String contentHash,
            Map<String, Integer> byAddressee) {
        Schema v3 = kept("ResolutionAdopted", 3);
        return encode(new GenericRecordBuilder(v3).set("envelope", envelope(v3)).set("resolutionId", resolutionId)
                .set("title", text(v3, "title", title)).set("recommendationIds", recommendationIds)
                .set("contentHash", contentHash).set("recommendationsByAddressee", byAddressee).build());
    }

    private static Schema kept(String event, int version) {
        String resource = "schema-history/" + SchemaHistory.fileName(event, version);
        try (InputStream in = OlderResolutionRecords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No kept schema " + resource + " on the classpath");
            }
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(GenericRecord record) {
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

    private static GenericRecord text(Schema event, String field, Trilingual text) {
        return new GenericRecordBuilder(event.getField(field).schema()).set("kk", text.kk()).set("ru", text.ru())
                .set("en", text.en()).build();
    }

    private static GenericRecord envelope(Schema event) {
        Schema envelope = event.getField("envelope").schema();
        Schema actor = envelope.getField("actor").schema();
        return new GenericRecordBuilder(envelope)
                .set("eventId", UUID.randomUUID().toString())
                .set("occurredAt", AT.toEpochMilli())
                .set("seriesId", SERIES)
                .set("forumId", FORUM)
                .set("correlationId", "corr-" + FORUM)
                .set("actor", new GenericRecordBuilder(actor)
                        .set("kind", new GenericData.EnumSymbol(actor.getField("kind").schema(), "EDITOR"))
                        .set("id", "editor-kz-33").set("displayName", EDITOR).set("region", "KZ-33").build())
                .set("producer", "resolution")
                .build();
    }
}
