package kz.civicrelay.forumctl.audit;

import java.time.Instant;
import java.util.Comparator;

/**
 * A record that could not be used: one on a dead-letter topic (its reason from the {@code relay-dlt-reason} header),
 * or one on a relay topic that does not decode with any kept schema version.
 */
public record DeadLetter(String topic, int partition, long offset, Instant timestamp, String reason) {

    public static final Comparator<DeadLetter> TOTAL_ORDER = Comparator.comparing(DeadLetter::timestamp)
            .thenComparing(DeadLetter::topic).thenComparingInt(DeadLetter::partition)
            .thenComparingLong(DeadLetter::offset);

    public String position() {
        return topic + "/" + partition + "@" + offset;
    }
}
