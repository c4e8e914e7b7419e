package kz.civicrelay.platform.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import kz.civicrelay.platform.publish.Origin;

/**
 * Group commit of a core's decisions: a caller queues its decision; whichever caller finds no group being
 * committed becomes the committer and, until the queue is empty, takes everything queued as one group,
 * decides it in order under the state's lock, appends it in one Kafka transaction and answers each caller
 * once that transaction committed. Callers that arrive meanwhile wait and form the next group, so the
 * cost of a transaction is shared by as many decisions as arrive during one.
 */
final class GroupCommit<S, E> {

    private record Pending<E>(Function<?, List<E>> decision, Origin origin, CompletableFuture<List<E>> answer) {
    }

    private final ServiceCore<S, E> core;
    private final ConcurrentLinkedQueue<Pending<E>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean committing = new AtomicBoolean();

    GroupCommit(ServiceCore<S, E> core) {
        this.core = core;
    }

    List<E> decide(Function<S, List<E>> decision, Origin origin) {
        var pending = new Pending<>(decision, origin, new CompletableFuture<>());
        queue.add(pending);
        // Whoever holds the flag looks at the queue again after letting go of it, so nothing queued is left behind.
        do {
            if (!committing.compareAndSet(false, true)) {
                break;
            }
            try {
                commitQueued();
            } finally {
                committing.set(false);
            }
        } while (!queue.isEmpty());
        return answer(pending.answer());
    }

    private void commitQueued() {
        List<Pending<E>> group = new ArrayList<>();
        for (Pending<E> next = queue.poll(); next != null; next = queue.poll()) {
            group.add(next);
        }
        if (!group.isEmpty()) {
            core.exclusively(() -> {
                commit(group);
                return null;
            });
        }
    }

    @SuppressWarnings("unchecked")
    private void commit(List<Pending<E>> group) {
        try {
            core.leadership().checkActive();
        } catch (RuntimeException standby) {
            group.forEach(p -> p.answer().completeExceptionally(standby));
            return;
        }
        ServiceCore<S, E>.Written written = core.new Written();
        List<Pending<E>> decided = new ArrayList<>();
        List<List<E>> events = new ArrayList<>();
        for (Pending<E> pending : group) {
            try {
                List<E> decision = core.withState((Function<S, List<E>>) pending.decision());
                written.addHeld(decision, pending.origin());
                decided.add(pending);
                events.add(decision);
            } catch (RuntimeException refused) {
                pending.answer().completeExceptionally(refused);
            }
        }
        try {
            if (!written.isEmpty()) {
                written.publish();
            }
        } catch (RuntimeException failed) {
            decided.forEach(p -> p.answer().completeExceptionally(failed));
            return;
        }
        for (int i = 0; i < decided.size(); i++) {
            decided.get(i).answer().complete(events.get(i));
        }
    }

    private static <E> List<E> answer(CompletableFuture<List<E>> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the decision was being committed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
