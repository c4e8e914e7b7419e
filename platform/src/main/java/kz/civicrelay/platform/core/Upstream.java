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
     * What the record means to this service; empty for records it ignores. Bad data throws
     * {@link IllegalArgumentException}: the record is dead-lettered with the reason and the service goes on.
     */
    Optional<Fact<S, E>> factOf(SpecificRecord record);
}
