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
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's transactional ids come from a fixed pool ({@code <prefix>0} … {@code <prefix>n-1}). A
 * predecessor killed in the middle of a transaction leaves it open, and every {@code read_committed}
 * reader of the partitions it wrote waits until the transaction times out; so does this service's own
 * rebuild, which would stop short of what was committed after it. On start, before the state is
 * rebuilt, each id of the pool with a transaction still open is initialised once: the broker aborts
 * what the killed process left open, at once, and fences it for good. Which ids have one is asked of the
 * broker in one request; where that cannot be asked, every id of the pool is initialised.
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

    /** Aborts and fences every transaction of the pool that a predecessor left open. */
    public void fence() {
        long started = System.nanoTime();
        List<String> pool = IntStream.range(0, poolSize).mapToObj(suffix -> prefix + suffix).toList();
        List<String> open = openTransactions(pool);
        initialise(open);
        log.info("Fenced {} of the transactional ids {}0..{} left open ({}) in {} ms", open.size(), prefix,
                poolSize - 1, open, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Initialises every id of the pool: the broker aborts whatever a predecessor left open and fences every
     * producer of the pool it holds, in flight or idle, so an instance that lost its service's lease can
     * never commit again with them (decision 0014).
     */
    public void fenceAll() {
        long started = System.nanoTime();
        initialise(IntStream.range(0, poolSize).mapToObj(suffix -> prefix + suffix).toList());
        log.info("Fenced the transactional ids {}0..{} in {} ms", prefix, poolSize - 1,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The ids of the pool with a transaction the broker still holds open; the whole pool if it cannot say. */
    List<String> openTransactions(List<String> pool) {
        Map<String, Object> adminConfig = new HashMap<>();
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                producerConfig.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
        adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        try (Admin admin = Admin.create(adminConfig)) {
            return admin.listTransactions(new ListTransactionsOptions()
                            .filterStates(List.of(TransactionState.ONGOING, TransactionState.PREPARE_ABORT,
                                    TransactionState.PREPARE_COMMIT)))
                    .all().get(15, TimeUnit.SECONDS).stream()
                    .map(TransactionListing::transactionalId).filter(pool::contains).sorted().toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return pool;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Cannot list open transactions; fencing every id of the pool", e);
            return pool;
        }
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
