package kz.civicrelay.platform.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.observation.Observation;
import kz.civicrelay.platform.publish.Origin;

/**
 * Group commit of a core's decisions: callers queue their decisions and wait; one committer thread takes
 * everything queued as one group, decides it in order under the state's lock (each decision's events held, so
 * the next sees them), appends the group in one Kafka transaction without the state's lock (reads go on
 * meanwhile; other decisions wait for the group), folds it, and answers each caller. Callers that arrive during
 * a transaction form the next group, so its cost is shared by as many decisions as arrive during one.
 */
final class GroupCommit<S, E> {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    /** A decision waiting for its group, with the observation (trace) it was asked in. */
    private record Pending<E>(Function<?, List<E>> decision, Origin origin, @Nullable Observation askedIn,
            CompletableFuture<List<E>> answer) {
    }

    private final ServiceCore<S, E> core;
    private final LinkedBlockingQueue<Pending<E>> queue = new LinkedBlockingQueue<>();
    private @Nullable Thread committer;

    GroupCommit(ServiceCore<S, E> core) {
        this.core = core;
    }

    List<E> decide(Function<S, List<E>> decision, Origin origin) {
        startCommitter();
        var pending = new Pending<>(decision, origin, core.currentObservation(), new CompletableFuture<>());
        queue.add(pending);
        return answer(pending.answer());
    }

    private synchronized void startCommitter() {
        if (committer == null) {
            committer = new Thread(this::commitForever, "group-commit");
            committer.setDaemon(true);
            committer.start();
        }
    }

    private void commitForever() {
        while (!Thread.currentThread().isInterrupted()) {
            List<Pending<E>> group = new ArrayList<>();
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(group);
            try {
                core.writing(() -> commit(group));
            } catch (RuntimeException unexpected) {
                log.error("A group of {} decisions failed unexpectedly", group.size(), unexpected);
                group.forEach(p -> p.answer().completeExceptionally(unexpected));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void commit(List<Pending<E>> group) {
        ServiceCore<S, E>.Written written = core.new Written();
        List<Pending<E>> decided = new ArrayList<>();
        List<List<E>> events = new ArrayList<>();
        boolean active = core.exclusively(() -> {
            try {
                core.leadership().checkActive();
            } catch (RuntimeException standby) {
                group.forEach(p -> p.answer().completeExceptionally(standby));
                return false;
            }
            for (Pending<E> pending : group) {
                try {
                    List<E> decision = core.withState((Function<S, List<E>>) pending.decision());
                    written.addHeld(decision, pending.origin(), pending.askedIn());
                    decided.add(pending);
                    events.add(decision);
                } catch (RuntimeException refused) {
                    pending.answer().completeExceptionally(refused);
                }
            }
            return true;
        });
        if (!active) {
            return;
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
