package kz.civicrelay.platform.core;

import java.time.Duration;

import org.apache.kafka.clients.consumer.Consumer;

/** The core's two threads that own a Kafka consumer each (the log follower, the lease). */
final class PollingThreads {

    private PollingThreads() {
    }

    /**
     * Stops a thread that polls {@code consumer} and closes the consumer on its way out: a thread never
     * started has its consumer closed here; a running one is woken from its poll and awaited.
     */
    static void stop(Thread thread, Consumer<?, ?> consumer) {
        if (thread.getState() == Thread.State.NEW) {
            consumer.close(Duration.ofSeconds(1));
            return;
        }
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
