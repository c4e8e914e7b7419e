package kz.civicrelay.platform.log;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A service's state: a fold of events, each applied once whatever path brings it (replay on start,
 * the live listener, the service's own commands), guarded by one lock so that a decision and the
 * events it leads to are never interleaved with another decision.
 *
 * @param <S> the plain-Java domain state
 */
public final class FoldedState<S> {

    private final S state;
    private final Set<UUID> applied = new HashSet<>();
    private final ReentrantLock lock = new ReentrantLock(true);

    public FoldedState(S initial) {
        this.state = initial;
    }

    /** Applies an event unless one with the same id was applied before; true if it was new. */
    public boolean applyOnce(UUID eventId, Consumer<S> apply) {
        lock.lock();
        try {
            if (applied.contains(eventId)) {
                return false;
            }
            apply.accept(state); // an event whose fold throws is not marked applied: a retry folds it again
            applied.add(eventId);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Reads or decides under the lock. */
    public <R> R withState(Function<S, R> action) {
        lock.lock();
        try {
            return action.apply(state);
        } finally {
            lock.unlock();
        }
    }

    /** Runs a whole decide-publish-apply step under the lock. */
    public <R> R exclusively(Supplier<R> step) {
        lock.lock();
        try {
            return step.get();
        } finally {
            lock.unlock();
        }
    }

    public int appliedCount() {
        return withState(s -> applied.size());
    }
}
