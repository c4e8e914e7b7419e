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
 * Keeps the services of {@code forumctl up} running: a service that exits on its own is reported at
 * once (which, its exit code, the last lines of its log) and started again: at once if it had been ready,
 * and after a growing pause while it keeps exiting before it gets ready. What it knows of each process feeds
 * {@code forumctl status} and the console.
 */
public final class Supervisor implements AutoCloseable {

    /**
     * Pauses before the n-th start in a row that did not get ready: a process that exits before it is
     * ready is failing (a crash loop), one that was ready and then exits is started again at once.
     */
    static final List<Duration> BACKOFF = List.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(30));
    private static final int LOG_LINES = 12;

    private final Collection<ServiceProcess> processes;
    private final PrintStream out;
    private final ScheduledExecutorService restarts = Executors.newScheduledThreadPool(RelayService.values().length, r -> {
        Thread thread = new Thread(r, "forumctl-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<RelayService, Record> records = new ConcurrentHashMap<>();
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

    public Supervisor(Collection<ServiceProcess> processes, PrintStream out) {
        this.processes = List.copyOf(processes);
        this.out = out;
    }

    /** Starts watching every process (each must have been started). */
    public void watch() {
        processes.forEach(p -> {
            records.put(p.service(), Record.fresh());
            watch(p);
        });
    }

    public Record record(RelayService service) {
        return records.getOrDefault(service, Record.fresh());
    }

    private void watch(ServiceProcess process) {
        process.onExit().thenAccept(code -> exited(process, code));
    }

    private void exited(ServiceProcess process, int code) {
        if (closing || process.stopRequested()) {
            return;
        }
        Record before = record(process.service());
        records.put(process.service(), new Record(before.restarts(), code, Instant.now(), before.failuresInARow(), true));
        Duration pause = scheduleRestart(process);
        out.println("✗ " + process.service().serviceName() + " exited with code " + code + describeSignal(code)
                + "; restarting " + (pause.isZero() ? "now" : "in " + pause.toSeconds() + " s")
                + ". Last lines of " + process.logFile() + ":" + process.lastLines(System.lineSeparator() + "    │ ", LOG_LINES));
    }

    /** Schedules the next start after the pause its failures in a row call for; returns the pause. */
    private Duration scheduleRestart(ServiceProcess process) {
        Record before = record(process.service());
        Duration pause = pauseAfter(before.failuresInARow());
        records.put(process.service(), new Record(before.restarts(), before.lastExitCode(), before.lastExitAt(),
                before.failuresInARow() + 1, true));
        restarts.schedule(() -> restart(process), pause.toMillis(), TimeUnit.MILLISECONDS);
        return pause;
    }

    /** The pause before the next start, after {@code failuresInARow} starts in a row that did not get ready. */
    static Duration pauseAfter(int failuresInARow) {
        return BACKOFF.get(Math.max(0, Math.min(failuresInARow, BACKOFF.size() - 1)));
    }

    private void restart(ServiceProcess process) {
        if (closing) {
            return;
        }
        Instant begun = Instant.now();
        try {
            process.start();
        } catch (RuntimeException e) {
            Duration pause = scheduleRestart(process);
            out.println("✗ " + process.service().serviceName() + " cannot be started (" + e.getMessage()
                    + "); trying again in " + pause.toSeconds() + " s");
            return;
        }
        watch(process);
        Record started = record(process.service());
        records.put(process.service(), new Record(started.restarts() + 1, started.lastExitCode(),
                started.lastExitAt(), started.failuresInARow(), true));
        try {
            process.awaitReady(Duration.ofSeconds(120));
            out.println("✓ " + process.service().serviceName() + " is back (pid " + process.pid() + "), ready in "
                    + Duration.between(begun, Instant.now()).toMillis() + " ms");
            Record now = record(process.service());
            records.put(process.service(), new Record(now.restarts(), now.lastExitCode(), now.lastExitAt(), 0, false));
        } catch (RuntimeException e) {
            // An exit is reported (and the next start scheduled) by the exit's own watch.
            if (!closing && process.pid() != null) {
                out.println("✗ " + process.service().serviceName() + " runs but is not ready: " + e.getMessage());
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
