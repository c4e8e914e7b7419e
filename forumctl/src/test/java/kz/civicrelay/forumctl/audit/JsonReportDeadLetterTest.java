package kz.civicrelay.forumctl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A log with a record that does not decode still gives a JSON report: the dead letter's time is an ISO-8601 instant
 * like every other time of the report (Jackson had no handler for {@link Instant} and the report did not serialize).
 */
class JsonReportDeadLetterTest {

    @Test
    void aDeadLetterIsInTheJsonReportWithItsTime() {
        RelayStory story = new RelayStory();
        DeadLetter dead = new DeadLetter("relay.handoff", 2, 41, Instant.parse("2027-03-02T10:15:30Z"),
                "not decodable: Not an Avro single-object encoded event on topic relay.handoff");
        AuditLog log = new AuditLog(story.log(), List.of(dead), List.of());
        SeriesReport report = ReportBuilder.build(RelayStory.SERIES, log.of(RelayStory.SERIES, null), null, null);

        String json = ReportFormat.JSON.render(report);

        assertThat(json).contains("\"timestamp\" : \"2027-03-02T10:15:30Z\"").contains("\"offset\" : 41")
                .contains("not decodable: Not an Avro single-object encoded event");
        assertThat(report.findings()).anyMatch(f -> f.failed() && f.check().startsWith("every record decodable"));
    }
}
