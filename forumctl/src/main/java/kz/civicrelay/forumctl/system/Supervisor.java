package kz.civicrelay.forumctl.system;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Keeps the processes of {@code forumctl up} running (service instances, and Kafka nodes on a cluster): one
 * that exits on its own is reported at once (which, its exit code, the last lines of its log) and started
 * again: at once if it had been ready, and after a growing pause while it keeps exiting before it gets ready.
 * What it knows of each process feeds {@code forumctl status} and the console.
 */
public final class Supervisor implements AutoCloseable {

    /**
     * Pauses before the n-th start in a row that did not get ready: a process that exits before it is
     * ready is failing (a crash loop), one that was ready and then exits is started again at once.
     */
    static final List<Duration> BACKOFF = List.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(30));
    private static final int LOG_LINES = 12;

    private final Collection<? extends ChildProcess> processes;
    private final PrintStream out;
    private final ScheduledExecutorService restarts;
    private final Map<String, Record> records = new ConcurrentHashMap<>();
    private volatile boolean closing;

    /**
     * What the supervisor knows of one process: restarts so far, the last exit, failures in a row, and
     * whether a restart is under way (until the new process is ready).
     */
    public record Record(int restarts, @Nullable Integer lastExitCode, @Nullable Instant lastExitAt, int failuresInARow,
            boolean restarting) {

        static Record fresh() {
            return new Record(0, null, null, 0, false);
        }
    }

    public Supervisor(Collection<? extends ChildProcess> processes, PrintStream out) {
        this.processes = List.copyOf(processes);
        this.out = out;
        this.restarts = Executors.newScheduledThreadPool(Math.max(1, this.processes.size()), r -> {
            Thread thread = new Thread(r, "forumctl-supervisor");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts watching every process (each must have been started). */
    public void watch() {
        processes.forEach(p -> {
            records.put(p.name(), Record.fresh());
            watch(p);
        });
    }

    /** What it knows of the process named {@code name} ({@link ChildProcess#name()}). */
    public Record record(String name) {
        return records.getOrDefault(name, Record.fresh());
    }

    private void update(ChildProcess process, java.util.function.UnaryOperator<Record> change) {
        records.compute(process.name(), (key, before) -> change.apply(before == null ? Record.fresh() : before));
    }

    private void watch(ChildProcess process) {
        process.onExit().thenAccept(code -> exited(process, code));
    }

    private void exited(ChildProcess process, int code) {
        if (closing || process.stopRequested()) {
            return;
        }
        update(process, r -> new Record(r.restarts(), code, Instant.now(), r.failuresInARow(), true));
        Duration pause = scheduleRestart(process);
        out.println("✗ " + process.name() + " exited with code " + code + describeSignal(code)
                + "; restarting " + (pause.isZero() ? "now" : "in " + pause.toSeconds() + " s")
                + ". Last lines of " + process.logFile() + ":" + process.lastLines(System.lineSeparator() + "    │ ", LOG_LINES));
    }

    /** Schedules the next start after the pause its failures in a row call for; returns the pause. */
    private Duration scheduleRestart(ChildProcess process) {
        Duration pause = pauseAfter(record(process.name()).failuresInARow());
        update(process, r -> new Record(r.restarts(), r.lastExitCode(), r.lastExitAt(), r.failuresInARow() + 1,
                true));
        restarts.schedule(() -> restart(process), pause.toMillis(), TimeUnit.MILLISECONDS);
        return pause;
    }

    /** The pause before the next start, after {@code failuresInARow} starts in a row that did not get ready. */
    static Duration pauseAfter(int failuresInARow) {
        return BACKOFF.get(Math.max(0, Math.min(failuresInARow, BACKOFF.size() - 1)));
    }

    private void restart(ChildProcess process) {
        if (closing) {
            return;
        }
        Instant begun = Instant.now();
        try {
            process.start();
        } catch (RuntimeException e) {
            Duration pause = scheduleRestart(process);
            out.println("✗ " + process.name() + " cannot be started (" + e.getMessage()
                    + "); trying again in " + pause.toSeconds() + " s");
            return;
        }
        watch(process);
        update(process, r -> new Record(r.restarts() + 1, r.lastExitCode(), r.lastExitAt(),
                r.failuresInARow(), true));
        try {
            process.awaitReady(Duration.ofSeconds(120));
            out.println("✓ " + process.name() + " is back (pid " + process.pid() + "), ready in "
                    + Duration.between(begun, Instant.now()).toMillis() + " ms");
            update(process, r -> new Record(r.restarts(), r.lastExitCode(), r.lastExitAt(), 0, false));
        } catch (RuntimeException e) {
            // An exit is reported (and the next start scheduled) by the exit's own watch; a JVM that runs but
            // is not ready is left to show as such (its status comes from its readiness).
            if (!closing && process.pid() != null) {
                update(process, r -> new Record(r.restarts(), r.lastExitCode(), r.lastExitAt(),
                        r.failuresInARow(), false));
                out.println("✗ " + process.name() + " runs but is not ready: " + e.getMessage());
            }
        }
    }

    private static String describeSignal(int code) {
        return code > 128 && code < 160 ? " (signal " + (code - 128) + (code == 137 ? ", SIGKILL" : code == 143
                ? ", SIGTERM" : "") + ")" : "";
    }

    /** Stops restarting; the processes themselves are stopped by their owner. */
    @Override
    public void close() {
        closing = true;
        restarts.shutdownNow();
    }
}
