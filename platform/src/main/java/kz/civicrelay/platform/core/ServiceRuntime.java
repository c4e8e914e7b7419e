package kz.civicrelay.platform.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.support.TopicPartitionOffset;
import org.springframework.kafka.transaction.KafkaAwareTransactionManager;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import kz.civicrelay.platform.metrics.CoreMeters;
import kz.civicrelay.schemas.serde.AvroEventDeserializer;

/**
 * Runs one service core: rebuilds its state from the log on start, keeps following the log, holds or
 * waits for the lease, and while active runs the listener that reacts to upstream events. The listener
 * is assigned every upstream partition itself (no group rebalance to wait for after a takeover) and
 * commits its offsets in its consume-process-produce transactions under the group
 * {@code <service>-reactions}.
 */
final class ServiceRuntime<S, E> implements Lease.Holder {

    private static final Logger log = LoggerFactory.getLogger(ServiceRuntime.class);

    /** What a runtime needs from the application, besides its core. */
    record Plumbing(Map<String, Object> consumerConfig, ProducerFactory<?, ?> producerFactory,
            KafkaAwareTransactionManager<?, ?> transactionManager, AfterRollbackProcessor<Object, Object> afterRollback,
            TransactionFencing fencing, String service, MeterRegistry meters, ObservationRegistry observations) {
    }

    private final ServiceCore<S, E> core;
    private final Plumbing plumbing;
    private final LogFollower follower;
    private final BadRecords badRecords;
    private final AvroEventDeserializer deserializer = new AvroEventDeserializer();
    private final Lease lease;
    private final CoreMeters meters;
    private @Nullable KafkaMessageListenerContainer<String, SpecificRecord> reactions;

    ServiceRuntime(ServiceCore<S, E> core, Plumbing plumbing, BadRecords badRecords,
            BiFunction<Leadership, Lease.Holder, Lease> leases) {
        this.core = core;
        this.plumbing = plumbing;
        this.badRecords = badRecords;
        ServiceDefinition<S, E> definition = core.definition();
        this.follower = new LogFollower(plumbing.consumerConfig(),
                definition.codec().topics().stream().map(t -> t.topicName()).toList(),
                definition.upstream().topics().stream().map(t -> t.topicName()).toList(),
                this::fold, core.leadership().instance() + "-follower", plumbing.meters());
        this.lease = leases.apply(core.leadership(), this);
        this.meters = new CoreMeters(plumbing.meters(), plumbing.service(), core::foldedCount);
    }

    /** Reads everything committed so far into the state. */
    void rebuild() {
        long started = System.nanoTime();
        int records = follower.rebuild();
        long took = System.nanoTime() - started;
        meters.rebuilt(records, took);
        log.info("State rebuilt from {} records in {} ms", records, took / 1_000_000);
    }

    /** Completes once everything committed before this call is folded into the state. */
    java.util.concurrent.CompletableFuture<Void> caughtUp() {
        return follower.caughtUp();
    }

    /** Follows the log and joins the lease group; returns once this instance is active or stands by. */
    void start() {
        follower.start();
        lease.start();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (unsettled() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean unsettled() {
        Leadership.Role role = core.leadership().role();
        return role == Leadership.Role.JOINING || role == Leadership.Role.TAKING_OVER
                || role == Leadership.Role.ACTIVE && reactions == null;
    }

    void stop() {
        lease.close();
        stopReactions();
        follower.close();
    }

    @Override
    public void takeOver() throws Exception {
        long started = System.nanoTime();
        plumbing.fencing().fenceAll();
        plumbing.producerFactory().reset();
        badRecords.forget();
        follower.caughtUp().get(60, TimeUnit.SECONDS);
        log.info("Fenced the service's transactions and caught up with the log in {} ms",
                (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void activated() {
        badRecords.deadLetterPending();
        startReactions();
    }

    @Override
    public void steppedDown() {
        log.info("Instance {} stands by", core.leadership().instance());
        stopReactions();
    }

    private void fold(List<ConsumerRecord<String, byte[]>> batch) {
        for (ConsumerRecord<String, byte[]> record : batch) {
            try {
                SpecificRecord event = deserializer.deserialize(record.topic(), record.value());
                if (event == null) {
                    throw new IllegalArgumentException("A record without a value");
                }
                core.fold(record.topic(), event);
            } catch (RuntimeException e) {
                if (core.isOwn(record.topic())) {
                    badRecords.own(record, e);
                } else {
                    badRecords.upstream(record, e);
                }
            }
        }
        if (core.isActive()) {
            badRecords.deadLetterPending();
        }
    }

    private synchronized void startReactions() {
        if (reactions == null) {
            reactions = reactionsContainer();
        }
        if (!reactions.isRunning()) {
            reactions.start();
        }
    }

    private synchronized void stopReactions() {
        if (reactions != null && reactions.isRunning()) {
            reactions.stop();
        }
    }

    private KafkaMessageListenerContainer<String, SpecificRecord> reactionsContainer() {
        java.util.Set<String> reacting = core.definition().upstream().reactsTo().stream().map(t -> t.topicName())
                .collect(java.util.stream.Collectors.toSet());
        List<TopicPartition> partitions = follower.upstreamPartitions().stream()
                .filter(p -> reacting.contains(p.topic())).toList();
        var properties = new ContainerProperties(partitions.stream()
                .map(p -> new TopicPartitionOffset(p.topic(), p.partition())).toArray(TopicPartitionOffset[]::new));
        properties.setGroupId(plumbing.service() + "-reactions");
        properties.setClientId(core.leadership().instance() + "-reactions");
        properties.setKafkaAwareTransactionManager(plumbing.transactionManager());
        properties.setStopContainerWhenFenced(true);
        // Each reaction runs in the trace its record's headers carry on (W3C trace context), and so do its events.
        properties.setObservationEnabled(true);
        properties.setObservationRegistry(plumbing.observations());
        properties.setMessageListener((MessageListener<String, SpecificRecord>) record -> {
            if (record.value() != null) {
                core.react(record.value());
            }
        });
        Map<String, Object> config = new HashMap<>(plumbing.consumerConfig());
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        var consumers = new DefaultKafkaConsumerFactory<String, SpecificRecord>(config);
        consumers.addListener(new MicrometerConsumerListener<>(plumbing.meters()));
        var container = new KafkaMessageListenerContainer<>(consumers, properties);
        container.setAfterRollbackProcessor(plumbing.afterRollback());
        container.setBeanName(plumbing.service() + "-reactions");
        return container;
    }

    /**
     * Ready when active with the listener holding its partitions (it reacts), or standing by; not while
     * joining the lease group or taking over.
     */
    Map<String, Object> readiness() {
        Leadership leadership = core.leadership();
        var container = reactions;
        boolean reacting = container != null && container.isRunning() && container.getAssignedPartitions() != null
                && !container.getAssignedPartitions().isEmpty();
        boolean ready = leadership.role() == Leadership.Role.STANDBY
                || leadership.role() == Leadership.Role.ACTIVE && reacting;
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("ready", ready);
        details.put("role", leadership.role().name().toLowerCase(java.util.Locale.ROOT));
        details.put("instance", leadership.instance());
        String active = leadership.activeInstance();
        details.put("activeInstance", active == null ? "unknown" : active);
        return details;
    }
}
