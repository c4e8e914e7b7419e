package kz.civicrelay.forumctl.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A progress bar for a long read: events done of all, the rate, and the time left, redrawn in place on standard
 * error, at most ten times a second. {@link #none()} draws nothing: the bar is only for a person at a terminal.
 */
public class Progress {

    private final PrintStream err;
    private long total;
    private long done;
    private long startedNanos;
    private long drawnNanos;

    Progress(PrintStream err) {
        this.err = err;
    }

    /** A bar on {@code err} if standard error is a terminal, else one that draws nothing. */
    public static Progress onTerminal(PrintStream err) {
        return stderrIsTerminal() ? new Progress(err) : none();
    }

    public static Progress none() {
        return new Progress(System.err) {
            @Override
            void draw(boolean last) {
            }
        };
    }

    /** When reading began (the partitions found, their ends known), by {@link System#nanoTime()}; 0 before. */
    public long startedNanos() {
        return startedNanos;
    }

    /** How many records have been read so far. */
    public long done() {
        return done;
    }

    void start(long events) {
        total = events;
        startedNanos = System.nanoTime();
    }

    void advance() {
        done++;
        long now = System.nanoTime();
        if (now - drawnNanos > 100_000_000L) {
            drawnNanos = now;
            draw(false);
        }
    }

    void finish() {
        draw(true);
    }

    void draw(boolean last) {
        double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
        double rate = done / seconds;
        int width = 30;
        int filled = total == 0 ? width : (int) (width * Math.min(1.0, (double) done / total));
        long left = rate <= 0 ? 0 : (long) ((total - done) / rate);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " events, "
                + Math.round(rate) + "/s, " + format(Duration.ofSeconds(left)) + " left" + (last ? "\n" : ""));
        err.flush();
    }

    private static String format(Duration left) {
        return String.format("%d:%02d", left.toMinutes(), left.toSecondsPart());
    }

    /**
     * True if standard error is a terminal. Java 17 cannot ask that of a stream; on Linux the descriptor's link
     * names the terminal device. Elsewhere: when the process has a console at all.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
