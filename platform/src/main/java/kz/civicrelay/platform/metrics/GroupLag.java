package kz.civicrelay.platform.metrics;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;

/**
 * How far consumer groups are behind the committed end of the partitions they read: the records a service has
 * yet to react to, by group and topic. Two requests to the broker, whatever the number of groups.
 */
public final class GroupLag {

    private GroupLag() {
    }

    /** Lag by group, then by topic (summed over its partitions), of the groups that committed anything. */
    public static Map<String, Map<String, Long>> byTopic(Admin admin, Collection<String> groups, long waitMillis)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
        groups.forEach(group -> specs.put(group, new ListConsumerGroupOffsetsSpec()));
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = admin.listConsumerGroupOffsets(specs).all()
                .get(waitMillis, TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.values().forEach(offsets -> offsets.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest())));
        Map<String, Map<String, Long>> lag = new TreeMap<>();
        if (latest.isEmpty()) {
            return lag;
        }
        var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(waitMillis, TimeUnit.MILLISECONDS);
        committed.forEach((group, offsets) -> offsets.forEach((partition, at) -> {
            var end = ends.get(partition);
            if (end != null) {
                lag.computeIfAbsent(group, g -> new TreeMap<>()).merge(partition.topic(),
                        behind(end.offset(), at == null ? null : at.offset()), Long::sum);
            }
        }));
        return lag;
    }

    /**
     * Offsets of one partition a group has yet to read. Every relay topic is written in transactions, and each
     * transaction's commit marker takes the offset after its last record: a group that has read everything
     * stands one offset before the end, which counts as 0.
     */
    public static long behind(long end, @Nullable Long committed) {
        return committed == null ? end : Math.max(0, end - committed - 1);
    }
}
