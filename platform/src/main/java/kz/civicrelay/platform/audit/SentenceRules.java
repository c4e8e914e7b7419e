package kz.civicrelay.platform.audit;

import java.util.HashMap;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/** Which sentence each type of event reads as: filled by the families of events, read by {@link EventSentence}. */
final class SentenceRules {

    /** The sentence of one type of event, given the event and its subject (usually the actor). */
    @FunctionalInterface
    interface Sentence<E> {
        Trilingual of(E event, Subject subject);
    }

    private final Map<Class<?>, Sentence<SpecificRecord>> byType = new HashMap<>();

    <E extends SpecificRecord> SentenceRules on(Class<E> type, Sentence<E> sentence) {
        if (byType.put(type, (event, subject) -> sentence.of(type.cast(event), subject)) != null) {
            throw new IllegalStateException("Two sentences for " + type.getSimpleName());
        }
        return this;
    }

    @Nullable Sentence<SpecificRecord> of(Class<?> type) {
        return byType.get(type);
    }
}
