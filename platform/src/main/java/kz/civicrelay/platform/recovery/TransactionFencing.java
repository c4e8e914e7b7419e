package kz.civicrelay.platform.recovery;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's transactional ids come from a fixed pool ({@code <prefix>0} … {@code <prefix>n-1}). A
 * predecessor killed in the middle of a transaction leaves it open, and every {@code read_committed}
 * reader of the partitions it wrote waits until the transaction times out. On start, before the state
 * is rebuilt, each id of the pool is initialised once: the broker aborts what the killed process left
 * open, at once, and fences it for good.
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

    /**
     * Initialises every transactional id of the pool (all at once, one thread each), aborting any
     * transaction a predecessor left open.
     */
    public void fence() {
        long started = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(poolSize, r -> new Thread(r, "transaction-fencing"));
        try {
            List<CompletableFuture<Void>> fenced = IntStream.range(0, poolSize)
                    .mapToObj(suffix -> CompletableFuture.runAsync(() -> initialise(prefix + suffix), threads))
                    .toList();
            CompletableFuture.allOf(fenced.toArray(CompletableFuture[]::new)).join();
        } finally {
            threads.shutdown();
        }
        log.info("Fenced transactional ids {}0..{} in {} ms", prefix, poolSize - 1,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void initialise(String transactionalId) {
        Map<String, Object> config = new HashMap<>(producerConfig);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, transactionalId + "-fencing");
        try (var producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.close(Duration.ofSeconds(5));
        }
    }
}
