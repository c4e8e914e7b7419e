package kz.civicrelay.platform.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * {@code relay.consumer.lag{group,topic}}: how many records of each topic a service's consumer groups have yet
 * to commit, asked of the broker every few seconds (a scrape reads the last answer and never waits on Kafka).
 * A broker that does not answer leaves the last figures in place and is asked again next time.
 */
public final class ConsumerLagMeter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLagMeter.class);
    private static final long WAIT_MILLIS = 3_000;

    private final Admin admin;
    private final List<String> groups;
    private final MultiGauge gauge;
    private final ScheduledExecutorService asking = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "consumer-lag-meter");
        thread.setDaemon(true);
        return thread;
    });

    public ConsumerLagMeter(Map<String, Object> adminConfig, List<String> groups, MeterRegistry registry) {
        this.admin = Admin.create(adminConfig);
        this.groups = List.copyOf(groups);
        this.gauge = MultiGauge.builder("relay.consumer.lag")
                .description("Records a consumer group has yet to commit, by topic")
                .register(registry);
    }

    /** Starts asking the broker, every {@code everyMillis}. */
    public ConsumerLagMeter start(long everyMillis) {
        asking.scheduleWithFixedDelay(this::refresh, 0, everyMillis, TimeUnit.MILLISECONDS);
        return this;
    }

    void refresh() {
        try {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            GroupLag.byTopic(admin, groups, WAIT_MILLIS).forEach((group, byTopic) -> byTopic.forEach((topic, lag) ->
                    rows.add(MultiGauge.Row.of(Tags.of("group", group, "topic", topic), lag))));
            gauge.register(rows, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.debug("The broker did not say the consumer groups' lag this time: {}", e.toString());
        }
    }

    @Override
    public void close() {
        asking.shutdownNow();
        admin.close(java.time.Duration.ofSeconds(2));
    }
}
