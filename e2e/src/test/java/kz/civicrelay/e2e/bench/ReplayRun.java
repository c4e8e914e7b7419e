package kz.civicrelay.e2e.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import kz.civicrelay.forumctl.audit.AuditLog;
import kz.civicrelay.forumctl.audit.AuditRun;
import kz.civicrelay.forumctl.audit.LogReader;
import kz.civicrelay.forumctl.audit.Progress;
import kz.civicrelay.forumctl.audit.ReportFormat;

/**
 * The auditor's replay as {@code forumctl audit <series> --report json -o <file> --no-tamper-check} runs it, in a JVM
 * of its own (the benchmark starts it with {@code -Xmx512m}): reads every relay topic from the beginning, folds the
 * series with the services' folds, checks it and writes the report. Prints one line: records read, seconds, the
 * time from the first fetch (the partitions found and their ends known, as Kafka's tool times its fetching) to the
 * report written, the heap's peak (every heap pool's peak, summed) and the report's size; a second pass in the same JVM (when asked)
 * shows the replay once the JIT has compiled it, as a long-running auditor's tool would run.
 */
public final class ReplayRun {

    private ReplayRun() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrapServers = args[0];
        String seriesId = args[1];
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        for (int pass = 1; pass <= passes; pass++) {
            replay(bootstrapServers, seriesId, pass);
        }
    }

    private static void replay(String bootstrapServers, String seriesId, int pass) throws Exception {
        Path report = Files.createTempFile("replay-report", ".json");
        long started = System.nanoTime();
        Progress progress = Progress.none();
        AuditLog log = new LogReader(Map.of("bootstrap.servers", bootstrapServers)).read(System.err, progress, seriesId);
        long read = System.nanoTime();
        int exit = AuditRun.run(seriesId, log, null, ReportFormat.JSON, report, null,
                new PrintStream(OutputStream.nullOutputStream()));
        long done = System.nanoTime();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("REPLAY pass=" + pass + " records=%d seriesEvents=%d readSeconds=%.3f totalSeconds=%.3f "
                + "fetchingSeconds=%.3f peakHeapMb=%.1f maxHeapMb=%.1f reportBytes=%d exit=%d%n", progress.done(),
                log.events().size(), (read - started) / 1e9, (done - started) / 1e9,
                (done - progress.startedNanos()) / 1e9, peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, Files.size(report), exit);
        Files.deleteIfExists(report);
    }
}
