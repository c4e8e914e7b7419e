package kz.civicrelay.forumctl;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;

/** Where {@code tail} starts reading each partition, and whether it has read up to a given end. */
final class TailStart {

    private TailStart() {
    }

    /**
     * The beginning, the first record whose timestamp is at or after {@code since} (the end of a partition that has
     * none), or the end.
     */
    static void seek(Consumer<?, ?> consumer, List<TopicPartition> partitions, boolean fromBeginning,
            @Nullable Instant since) {
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else if (since == null) {
            consumer.seekToEnd(partitions);
        } else {
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(partition -> times.put(partition, since.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(times);
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp first = found.get(partition);
                if (first == null) {
                    consumer.seekToEnd(List.of(partition));
                } else {
                    consumer.seek(partition, first.offset());
                }
            }
        }
    }

    /** Whether the consumer's position is at or past {@code end} in every partition. */
    static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(each -> consumer.position(each.getKey()) >= each.getValue());
    }
}
