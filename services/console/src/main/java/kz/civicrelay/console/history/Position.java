package kz.civicrelay.console.history;

/** Where a record lies in the log: topic, partition, offset. */
public record Position(String topic, int partition, long offset) {

    @Override
    public String toString() {
        return topic + "-" + partition + "@" + offset;
    }
}
