package kz.civicrelay.platform.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's transactional ids come from a fixed pool ({@code <prefix>0} … {@code <prefix>n-1}), shared by
 * its instances. The instance that takes the service's lease fences the whole pool before it decides: a
 * transaction its predecessor left open (killed mid-way) is aborted at once, instead of holding up every
 * {@code read_committed} reader until it times out, and every producer the predecessor holds, in flight or
 * idle, can never commit again (decision 0014).
 */
public final class TransactionFencing {

    private static final Logger log = LoggerFactory.getLogger(TransactionFencing.class);

    private final Map<String, Object> producerConfig;
    private final String prefix;
    private final int poolSize;

    public TransactionFencing(Map<String, Object> producerConfig, String prefix, int poolSize) {
        this.producerConfig = new HashMap<>(producerConfig);
        this.prefix = prefix;
        this.poolSize = poolSize;
    }

    /** The pool's prefix, {@code <service>-tx-}. */
    public String prefix() {
        return prefix;
    }

    /**
     * Initialises every id of the pool: the broker aborts whatever a predecessor left open and fences every
     * producer of the pool it holds, in flight or idle, so an instance that lost its service's lease can
     * never commit again with them (decision 0014).
     */
    public void fenceAll() {
        long started = System.nanoTime();
        List<String> pool = IntStream.range(0, poolSize).mapToObj(suffix -> prefix + suffix).toList();
        try (Admin admin = Admin.create(adminConfig())) {
            // One request per transaction coordinator (KIP-618): each id's epoch is bumped, as a new producer's
            // initTransactions would, without making sixteen producers.
            admin.fenceProducers(pool).all().get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fencing " + prefix + "*", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Cannot fence through the admin API ({}); initialising every id of the pool instead", e.toString());
            initialise(pool);
        }
        log.info("Fenced the transactional ids {}0..{} in {} ms", prefix, poolSize - 1,
                (System.nanoTime() - started) / 1_000_000);
    }

    private Map<String, Object> adminConfig() {
        Map<String, Object> adminConfig = new HashMap<>();
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                producerConfig.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
        // The service's own principal (decision 0015): its ACLs allow it to fence its own pool, nothing else.
        producerConfig.forEach((key, value) -> {
            if (key.equals(AdminClientConfig.SECURITY_PROTOCOL_CONFIG) || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                adminConfig.put(key, value);
            }
        });
        adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        // An id whose transaction is being aborted answers "concurrent transactions" until the abort is
        // written; Kafka's back-off (0.1 s, growing to 1 s) would wait out far more than that takes.
        adminConfig.put(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 10);
        adminConfig.put(AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 50);
        return adminConfig;
    }

    private void initialise(List<String> transactionalIds) {
        if (transactionalIds.isEmpty()) {
            return;
        }
        ExecutorService threads = Executors.newFixedThreadPool(transactionalIds.size(),
                r -> new Thread(r, "transaction-fencing"));
        try {
            List<CompletableFuture<Void>> fenced = transactionalIds.stream()
                    .map(id -> CompletableFuture.runAsync(() -> initialise(id), threads)).toList();
            CompletableFuture.allOf(fenced.toArray(CompletableFuture[]::new)).join();
        } finally {
            threads.shutdown();
        }
    }

    private void initialise(String transactionalId) {
        Map<String, Object> config = new HashMap<>(producerConfig);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, transactionalId + "-fencing");
        try (var producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
        }
    }
}
