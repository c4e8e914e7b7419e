package kz.civicrelay.forumctl.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.core.ServiceDefinition;

/**
 * Folds the log into a fresh state exactly as a service rebuilds its own on start: each of the service's own events
 * through its {@code Fold}, each other service's record through its {@code Upstream} (learned, never reacted to),
 * each event once by id; a record the service's codec or fold refuses is skipped, as the service's own rebuild skips
 * it. Nothing is decided or written.
 */
public final class ServiceReplay {

    private ServiceReplay() {
    }

    /** The definition's state with {@code events} (in the order given) folded in. */
    public static <S, E> S fold(ServiceDefinition<S, E> definition, List<LoggedEvent> events) {
        Set<String> own = new HashSet<>();
        definition.codec().topics().forEach(topic -> own.add(topic.topicName()));
        Set<String> applied = new HashSet<>();
        S state = definition.state();
        for (LoggedEvent logged : events) {
            Envelope envelope = logged.envelope();
            if (!applied.add(envelope.getEventId().toString())) {
                continue;
            }
            try {
                if (own.contains(logged.topic())) {
                    definition.codec().decode(logged.event())
                            .ifPresent(event -> definition.fold().apply(state, event, envelope));
                } else {
                    definition.upstream().factOf(logged.event()).ifPresent(fact -> fact.learn().accept(state));
                }
            } catch (IllegalArgumentException refused) {
                // What the service cannot take it skips on its own rebuild too (its live listener dead-letters it).
            }
        }
        return state;
    }
}
