package kz.civicrelay.delivery.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * The trace each notification came in, for its sending to go on in: the observation of the reaction that learned
 * it (handoff's record, received), kept by message id for the newest {@value #KEPT} messages. A message learned
 * from the log at a rebuild, or sent again after a restart, is sent in a trace of its own.
 */
public final class MessageTraces {

    static final int KEPT = 1_024;

    private final ObservationRegistry registry;
    private final Map<String, Observation> learnedIn = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Observation> eldest) {
            return size() > KEPT;
        }
    };

    public MessageTraces(ObservationRegistry registry) {
        this.registry = registry;
    }

    /** Remembers the observation the current thread runs in as the one {@code messageId} was learned in. */
    synchronized void learned(String messageId) {
        Observation current = registry.getCurrentObservation();
        if (current != null) {
            learnedIn.put(messageId, current);
        }
    }

    synchronized @Nullable Observation of(String messageId) {
        return learnedIn.get(messageId);
    }

    ObservationRegistry registry() {
        return registry;
    }
}
