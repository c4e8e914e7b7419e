package kz.civicrelay.forumctl.audit;

import java.time.Instant;
import java.util.Comparator;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.envelope.Envelopes;

/**
 * One decoded record of the log and where it stands in it. {@code timestamp} is the Kafka record's timestamp (the
 * producer's create time, which the relay's topics keep), the moment an as-of replay cuts at.
 */
public record LoggedEvent(String topic, int partition, long offset, Instant timestamp, SpecificRecord event) {

    /**
     * The report's total order: by record timestamp, then topic, partition and offset. It does not depend on the
     * order a replay happened to read the partitions in, so the same log always gives the same report.
     */
    public static final Comparator<LoggedEvent> TOTAL_ORDER = Comparator.comparing(LoggedEvent::timestamp)
            .thenComparing(LoggedEvent::topic).thenComparingInt(LoggedEvent::partition)
            .thenComparingLong(LoggedEvent::offset);

    public Envelope envelope() {
        return Envelopes.of(event);
    }

    public String type() {
        return event.getSchema().getName();
    }

    /** Where the record is: {@code topic/partition@offset}. */
    public String position() {
        return topic + "/" + partition + "@" + offset;
    }

    /** The event's id and its position, for a finding to name it. */
    public String ref() {
        return envelope().getEventId() + " (" + position() + ")";
    }
}
