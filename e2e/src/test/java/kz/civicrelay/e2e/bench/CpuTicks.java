package kz.civicrelay.e2e.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole machine's CPU time so far ({@code /proc/stat}, Linux), to tell how busy the machine was while
 * something was measured, this benchmark's own processes and any others together.
 */
record CpuTicks(long busy, long total) {

    private static final Path STAT = Path.of("/proc/stat");

    /** Now; zero ticks where {@code /proc/stat} cannot be read. */
    static CpuTicks now() {
        try {
            String[] fields = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) { // user nice system idle iowait irq softirq steal
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new CpuTicks(total - idle, total);
        } catch (IOException | RuntimeException e) {
            return new CpuTicks(0, 0);
        }
    }

    /** How busy the machine was since {@code start}: "37% of 2 cores", or "unknown". */
    String busySince(CpuTicks start) {
        long total = this.total - start.total;
        if (total <= 0) {
            return "unknown";
        }
        return Math.round(100.0 * (busy - start.busy) / total) + "% of " + Runtime.getRuntime().availableProcessors()
                + " cores";
    }
}
