package kz.civicrelay.platform.publish;

import java.util.List;

import io.micrometer.observation.Observation;

import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends a service's events in one Kafka transaction and tells the service once they are committed,
 * so its state only ever holds what the log holds. Inside a listener the events join the container's
 * consume-process-produce transaction (with the consumed offset); from a REST command they get a
 * transaction of their own.
 */
public final class RelayPublisher {

    private final KafkaOperations<Object, Object> template;

    public RelayPublisher(KafkaOperations<Object, Object> template) {
        this.template = template;
    }

    /**
     * Publishes the events atomically; {@code afterCommit} runs once they are committed (at once for
     * a command, when the listener's transaction commits for a reaction).
     */
    public void publish(List<OutgoingEvent> events, Runnable afterCommit) {
        if (events.isEmpty()) {
            return;
        }
        if (template.inTransaction()) {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                // Without synchronization the events could not be tied to the running transaction's commit.
                throw new IllegalStateException("A Kafka transaction is active without transaction synchronization;"
                        + " the relay's KafkaTransactionManager (RelayTransactionAutoConfiguration) is not in use");
            }
            events.forEach(e -> send(template, e));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    afterCommit.run();
                }
            });
            return;
        }
        template.executeInTransaction(operations -> {
            events.forEach(e -> send(operations, e));
            return null;
        });
        afterCommit.run();
    }

    /** Sends one record, within the observation it was asked in if that is another thread's: its trace goes on. */
    private static void send(KafkaOperations<Object, Object> operations, OutgoingEvent event) {
        Observation askedIn = event.askedIn();
        if (askedIn == null) {
            operations.send(event.topic().topicName(), event.key(), event.event());
            return;
        }
        try (Observation.Scope scope = askedIn.openScope()) {
            operations.send(event.topic().topicName(), event.key(), event.event());
        }
    }
}
