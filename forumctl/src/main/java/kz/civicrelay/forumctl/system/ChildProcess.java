package kz.civicrelay.forumctl.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A JVM that {@code forumctl up} runs as its child (a service instance, a Kafka node), with its output in a
 * log file. It is told this process's pid and stops when this process is gone, however it went. It can be
 * stopped gently (SIGTERM) or killed at once (SIGKILL), and started again on the same settings; the
 * {@link Supervisor} does so when it exits on its own.
 */
public abstract class ChildProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path logFile;
    private @Nullable Process process;
    private @Nullable Instant startedAt;
    private boolean stopRequested;

    protected ChildProcess(String name, int port, Path logFile) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
    }

    /** As {@code forumctl status} names it: {@code kafka-2}, {@code scheduling-b}, {@code console}. */
    public String name() {
        return name;
    }

    /** The port it serves on (a service's HTTP port, a Kafka node's client port). */
    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    /** The whole command line of a start. Never a secret: a command line is visible to every user of the machine. */
    protected abstract List<String> command();

    /**
     * What the child's environment has besides this process's: secrets (decision 0015) go here, never on its
     * command line, which anyone on the host may read ({@code ps}); none is ever printed.
     */
    protected java.util.Map<String, String> environment() {
        return java.util.Map.of();
    }

    /** True if the JVM {@code pid} (this one's, running) serves now. */
    protected abstract boolean readyNow(long pid);

    /** As {@link #readyNow}, for the status: never waits longer than about 2 s, never throws. */
    public abstract CompletableFuture<Boolean> readyAsync();

    public synchronized ChildProcess start() {
        List<String> command = command();
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment());
            process = builder.start();
            startedAt = Instant.now();
            stopRequested = false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
        return this;
    }

    /** The running JVM's pid, if one runs. */
    public synchronized @Nullable Long pid() {
        Process running = process;
        return running != null && running.isAlive() ? running.pid() : null;
    }

    public synchronized @Nullable Instant startedAt() {
        return startedAt;
    }

    /** Completes with the exit code when the JVM started last ends; never if none runs. */
    public synchronized CompletableFuture<Integer> onExit() {
        Process running = process;
        return running == null ? new CompletableFuture<>() : running.onExit().thenApply(Process::exitValue);
    }

    /** True if the last stop was asked for ({@link #close()}, {@link #kill()}), not an exit of its own. */
    public synchronized boolean stopRequested() {
        return stopRequested;
    }

    private synchronized @Nullable Process current() {
        return process;
    }

    /** Waits until the JVM this object started last serves ({@link #readyNow}); fails at once if it exits. */
    public ChildProcess awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Process running = current();
            if (running == null || !running.isAlive()) {
                throw new IllegalStateException(name + " exited" + (running == null ? "" : " with " + running.exitValue())
                        + "; see " + logFile + lastLines(System.lineSeparator() + "  ", 8));
            }
            if (readyNow(running.pid())) {
                return this;
            }
            sleep(100);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + logFile);
    }

    /** The last {@code count} lines of the log, each after {@code indent}; empty if there is none. */
    public String lastLines(String indent, int count) {
        try {
            List<String> lines = tailOf(logFile, 64 * 1024);
            StringBuilder tail = new StringBuilder();
            lines.subList(Math.max(0, lines.size() - count), lines.size()).forEach(l -> tail.append(indent).append(l));
            return tail.toString();
        } catch (IOException | UncheckedIOException e) {
            return indent + "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** The lines of the last {@code bytes} of a file (the first, likely cut, dropped); none if it is missing. */
    private static List<String> tailOf(Path file, int bytes) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (var in = new java.io.RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - bytes);
            byte[] tail = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(tail);
            List<String> lines = new String(tail, StandardCharsets.UTF_8).lines().toList();
            return start > 0 && !lines.isEmpty() ? lines.subList(1, lines.size()) : lines;
        }
    }

    /** SIGKILL: the JVM dies at once, mid-transaction (or mid-write) if it was in one. */
    public synchronized void kill() {
        Process running = process;
        if (running != null) {
            stopRequested = true;
            running.destroyForcibly();
            waitFor(running, Duration.ofSeconds(10));
            process = null;
        }
    }

    /** SIGTERM: the JVM shuts down cleanly; SIGKILL if it has not after {@code grace}. */
    protected synchronized void stop(Duration grace) {
        Process running = process;
        if (running != null) {
            stopRequested = true;
            running.destroy();
            if (!waitFor(running, grace)) {
                running.destroyForcibly();
                waitFor(running, Duration.ofSeconds(10));
            }
            process = null;
        }
    }

    /** SIGTERM, then SIGKILL after 20 s. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(20));
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }

    /** SIGTERM to every one at once; returns when all have stopped. */
    static void stopAll(List<? extends ChildProcess> processes) {
        List<Thread> stopping = new java.util.ArrayList<>();
        for (ChildProcess process : processes) {
            Thread stop = new Thread(process::close, "stop-" + process.name());
            stop.start();
            stopping.add(stop);
        }
        for (Thread stop : stopping) {
            try {
                stop.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
