package kz.civicrelay.platform.log;

import java.util.Arrays;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.kafka.core.KafkaAdmin;

import kz.civicrelay.platform.topics.RelayTopic;

/**
 * On start, before the listeners and the REST API open, rebuilds a service's state: creates the
 * topics if missing, then folds every committed event of the given topics, in append order. Nothing
 * is decided here: an upstream event whose reaction never committed is still uncommitted for the
 * listener's group and reaches the listener again.
 */
public abstract class StartupRebuild implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupRebuild.class);

    private final KafkaAdmin admin;
    private final EventLogReplay replay;
    private final List<String> topics;

    protected StartupRebuild(KafkaAdmin admin, EventLogReplay replay, RelayTopic... topics) {
        this.admin = admin;
        this.replay = replay;
        this.topics = Arrays.stream(topics).map(RelayTopic::topicName).toList();
    }

    @Override
    public final void afterSingletonsInstantiated() {
        admin.initialize();
        var records = replay.readAll(topics);
        records.forEach(record -> fold(record.value()));
        log.info("State rebuilt from {} events of {}", records.size(), topics);
    }

    /** Folds one committed event into the state; decides and publishes nothing. */
    protected abstract void fold(SpecificRecord event);
}
