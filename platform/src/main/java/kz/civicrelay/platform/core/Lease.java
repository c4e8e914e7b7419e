package kz.civicrelay.platform.core;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lease that makes one instance of a service the one that decides (decision 0014): the assignment of
 * the single partition of {@code relay.leases} in the consumer group {@code <service>-lease}. Every instance
 * is a member under its own {@code relay.instance.id} (static membership: a restarted instance gets its
 * lease back at once); the sticky assignor leaves the lease where it is when another instance joins. When
 * the holder dies, the group coordinator gives the partition to another member once the holder's session
 * expires. The holder confirms it several times a session by committing the lease partition's offset with
 * its own address as metadata, which is where standbys read who is active.
 */
final class Lease implements AutoCloseable {

    /** The topic whose only partition is each service's lease. */
    static final String TOPIC = kz.civicrelay.platform.topics.TopicsConfiguration.LEASES;

    private static final Logger log = LoggerFactory.getLogger(Lease.class);
    private static final TopicPartition LEASE = new TopicPartition(TOPIC, 0);

    /** What the holder does when it gets and loses the lease. */
    interface Holder {
        /** Fences the predecessor and catches up with the log; nothing is decided yet. */
        void takeOver() throws Exception;

        /** The lease is confirmed: start deciding. */
        void activated();

        /** Stop deciding at once. */
        void steppedDown();
    }

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Leadership leadership;
    private final Supplier<String> address;
    private final Holder holder;
    private final long renewEveryNanos;
    private final Thread thread;
    private volatile boolean running;
    private boolean holding;
    private long renewedAt;
    private long lookedAt;

    Lease(Map<String, Object> consumerConfig, String group, String instanceId, Duration sessionTimeout,
            Leadership leadership, Supplier<String> address, Holder holder) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, instanceId + "-lease");
        config.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "classic");
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeout.toMillis());
        config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.max(100, sessionTimeout.toMillis() / 6));
        config.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.ISOLATION_LEVEL_CONFIG);
        this.consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.leadership = leadership;
        this.address = address;
        this.holder = holder;
        this.renewEveryNanos = sessionTimeout.toNanos() / 6;
        this.thread = new Thread(this::run, instanceId + "-lease");
        this.thread.setDaemon(true);
    }

    void start() {
        running = true;
        thread.start();
    }

    private void run() {
        consumer.subscribe(List.of(TOPIC), new Rebalance());
        while (running) {
            try {
                consumer.poll(Duration.ofMillis(100));
                if (holding && leadership.role() != Leadership.Role.ACTIVE) {
                    takeOver();
                } else if (holding && System.nanoTime() - renewedAt >= renewEveryNanos) {
                    renew();
                } else if (!holding && System.nanoTime() - lookedAt >= Duration.ofSeconds(1).toNanos()) {
                    lookUpActive();
                }
            } catch (WakeupException e) {
                // closing
            } catch (FencedInstanceIdException e) {
                log.error("Another process runs as instance {}: each instance needs its own relay.instance.id",
                        leadership.instance());
                lose();
                pause();
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Lease: {}", e.toString());
                    pause();
                }
            }
        }
        lose();
        // A static member stays in its group on close unless told to leave; leaving lets a standby take over at once.
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(3))
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }

    private void takeOver() {
        long started = System.nanoTime();
        leadership.become(Leadership.Role.TAKING_OVER);
        try {
            // The coordinator confirms the lease is ours before anything is fenced: an instance that lost it
            // without noticing (paused, cut off) must never fence the one that holds it now.
            if (!renew() || !holding) {
                leadership.become(Leadership.Role.STANDBY);
                return;
            }
            holder.takeOver();
            if (!renew()) {
                leadership.become(Leadership.Role.STANDBY);
                return;
            }
        } catch (Exception e) {
            log.warn("Taking over failed; trying again: {}", e.toString());
            leadership.become(Leadership.Role.STANDBY);
            pause();
            return;
        }
        if (!holding) {
            return;
        }
        leadership.become(Leadership.Role.ACTIVE);
        holder.activated();
        log.info("Instance {} is active: took over in {} ms", leadership.instance(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Confirms the lease with the group coordinator; true if it did. */
    private boolean renew() {
        long sent = System.nanoTime();
        try {
            consumer.commitSync(Map.of(LEASE, new OffsetAndMetadata(0, address.get())), Duration.ofSeconds(5));
            renewedAt = sent;
            leadership.confirmed(sent);
            return true;
        } catch (RebalanceInProgressException e) {
            // another member is joining; the lease stays here (sticky) and is confirmed at the next round
            return false;
        } catch (CommitFailedException e) {
            log.warn("Lease lost: {}", e.getMessage());
            lose();
            return false;
        }
    }

    private void lookUpActive() {
        lookedAt = System.nanoTime();
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.of(LEASE), Duration.ofSeconds(2));
        OffsetAndMetadata lease = committed.get(LEASE);
        leadership.activeIs(lease == null || lease.metadata().isEmpty() ? null : lease.metadata());
    }

    private void lose() {
        boolean was = holding || leadership.role() == Leadership.Role.ACTIVE;
        holding = false;
        leadership.become(Leadership.Role.STANDBY);
        if (was) {
            holder.steppedDown();
        }
    }

    private void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (partitions.contains(LEASE)) {
                holding = true;
            } else if (leadership.role() == Leadership.Role.JOINING) {
                leadership.become(Leadership.Role.STANDBY);
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (partitions.contains(LEASE)) {
                lose();
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            if (partitions.contains(LEASE)) {
                lose();
            }
        }
    }

    @Override
    public void close() {
        running = false;
        PollingThreads.stop(thread, consumer);
    }
}
