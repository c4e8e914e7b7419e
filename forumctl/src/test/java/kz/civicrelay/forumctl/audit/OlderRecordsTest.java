package kz.civicrelay.forumctl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import kz.civicrelay.schemas.KeptSchema;
import kz.civicrelay.schemas.SchemaHistory;
import kz.civicrelay.schemas.serde.AvroEventDeserializer;

/**
 * The audit reads what older builds wrote: every event of a series written with the oldest kept version of its
 * schema (schemas/history) still decodes (the deserializer resolves the writer's schema by fingerprint) and gives
 * the same series; a record no kept schema knows is listed with its reason, not dropped.
 */
class OlderRecordsTest {

    private static final RelayStory STORY = new RelayStory();
    private static final SchemaHistory HISTORY = SchemaHistory.fromClasspath();

    @Test
    void eventsWrittenWithTheOldestKeptVersionsGiveTheSameForumsAndResolutions() {
        SeriesReport today = report(read(STORY.log(), e -> Optional.empty()));
        List<Integer> versions = new ArrayList<>();
        AuditLog older = read(STORY.log(), e -> HISTORY.versionsOf(e.getSchema().getFullName()).stream()
                .findFirst().map(kept -> {
                    versions.add(kept.version());
                    return kept;
                }));

        SeriesReport report = report(older);

        assertThat(versions).contains(1);
        assertThat(older.deadLetters()).isEmpty();
        assertThat(older.events()).hasSameSizeAs(STORY.log());
        assertThat(report.forums()).extracting(SeriesReport.Forum::status)
                .isEqualTo(today.forums().stream().map(SeriesReport.Forum::status).toList());
        assertThat(report.forums().get(0).resolution().versions()).extracting(SeriesReport.Version::textKk)
                .isEqualTo(today.forums().get(0).resolution().versions().stream()
                        .map(SeriesReport.Version::textKk).toList());
        assertThat(report.batonHolder()).isEqualTo(today.batonHolder());
    }

    @Test
    void aRecordNoKeptSchemaKnowsIsListedWithItsReason() {
        List<LoggedEvent> events = new ArrayList<>();
        List<DeadLetter> deadLetters = new ArrayList<>();
        LogReader.take(record("relay.handoff", 7, "not avro".getBytes(StandardCharsets.UTF_8)),
                new AvroEventDeserializer(), events, deadLetters);

        assertThat(events).isEmpty();
        assertThat(deadLetters).singleElement().satisfies(d -> {
            assertThat(d.position()).isEqualTo("relay.handoff/0@7");
            assertThat(d.reason()).startsWith("not decodable");
        });
    }

    private static SeriesReport report(AuditLog log) {
        return ReportBuilder.build(RelayStory.SERIES, log.of(RelayStory.SERIES, null), null, null);
    }

    /** The story's records as the reader gets them, each written with the schema {@code writtenWith} picks. */
    private static AuditLog read(List<LoggedEvent> log, Function<SpecificRecord, Optional<KeptSchema>> writtenWith) {
        List<LoggedEvent> events = new ArrayList<>();
        List<DeadLetter> deadLetters = new ArrayList<>();
        AvroEventDeserializer decoder = new AvroEventDeserializer();
        for (LoggedEvent logged : log) {
            Schema schema = writtenWith.apply(logged.event()).map(KeptSchema::schema)
                    .orElse(logged.event().getSchema());
            ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(logged.topic(), logged.partition(),
                    logged.offset(), logged.timestamp().toEpochMilli(), TimestampType.CREATE_TIME, 0, 0, "key",
                    encode(logged.event(), schema), new RecordHeaders(), Optional.empty());
            LogReader.take(record, decoder, events, deadLetters);
        }
        return new AuditLog(events, deadLetters, List.of("relay.registration"));
    }

    private static ConsumerRecord<String, byte[]> record(String topic, long offset, byte[] value) {
        return new ConsumerRecord<>(topic, 0, offset, 0L, TimestampType.CREATE_TIME, 0, 0, "key", value,
                new RecordHeaders(), Optional.empty());
    }

    /** The record in the relay's single-object encoding, written with {@code schema} (an older version of its own). */
    private static byte[] encode(SpecificRecord event, Schema schema) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new SpecificDatumWriter<SpecificRecord>(event.getSchema()).write(event, encoder);
            encoder.flush();
            GenericRecord older = new GenericDatumReader<GenericRecord>(event.getSchema(), schema)
                    .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
            ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema).encode(older);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
