package kz.civicrelay.platform.core;

import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.platform.topics.RelayTopic;

/**
 * The one mapping from other services' records to what they mean to this service, used by the live
 * listener and by every rebuild alike.
 */
public interface Upstream<S, E> {

    /** The other services' topics this service reads. */
    List<RelayTopic> topics();

    /**
     * Those of {@link #topics} whose records may call for a decision ({@link Fact#react}), read by the live
     * listener in consume-process-produce transactions; the others are only learned, by the log follower, with no
     * transaction per record (e.g. registration's busy topic for a service that only counts). All by default.
     */
    default List<RelayTopic> reactsTo() {
        return topics();
    }

    /**
     * What the record means to this service; empty for records it ignores. Bad data throws
     * {@link IllegalArgumentException}: the record is dead-lettered with the reason and the service goes on.
     */
    Optional<Fact<S, E>> factOf(SpecificRecord record);
}
