package kz.civicrelay.e2e.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of named processes so far ({@code /proc/<pid>/stat}, Linux: user + system time, in the same clock ticks as
 * {@code /proc/stat}), beside the whole machine's ({@link CpuTicks}), to tell which process a measured stretch kept
 * busy and how much went to processes that are not the benchmark's.
 */
record ProcessCpu(Map<String, Long> ticksByName, Map<String, Long> pids, CpuTicks machine) {

    /** Now, for each {@code name → pid}; a process that cannot be read counts 0 ticks. */
    static ProcessCpu now(Map<String, Long> pids) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ticks.put(name, ticks(pid)));
        return new ProcessCpu(ticks, Map.copyOf(pids), CpuTicks.now());
    }

    /** utime + stime of a process, 0 if it cannot be read (gone, or not Linux). */
    static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 14 and 15 of the whole line
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * The CPU ticks of a process's threads so far, by thread name with its digits left out ({@code http-nio-#-exec-#}),
     * so that a pool's threads add up ({@code /proc/<pid>/task/<tid>/stat}; Linux keeps 15 characters of a name).
     */
    static Map<String, Long> threads(long pid) {
        Map<String, Long> ticks = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "#");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
                    ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return ticks;
    }

    /**
     * The thread groups that used the most CPU between two {@link #threads} readings, as shares of one core over
     * {@code machineTicks} (all cores' ticks between the readings): "http-nio-#-exec-# 31%, …". Threads that ended
     * between the readings are not counted.
     */
    static String busiestThreads(Map<String, Long> before, Map<String, Long> after, long machineTicks, int top) {
        if (machineTicks <= 0 || after.isEmpty()) {
            return "unknown (no /proc)";
        }
        double perCore = (double) machineTicks / Runtime.getRuntime().availableProcessors();
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .map(e -> String.format("%s %.0f%%", e.getKey(), 100.0 * e.getValue() / perCore))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * Each process's share of one core since {@code start} (100% = one core busy the whole time), the rest of the
     * machine ("other processes") and the machine's busy share; one line.
     */
    String sharesSince(ProcessCpu start) {
        long total = machine.total() - start.machine.total();
        if (total <= 0) {
            return "unknown (no /proc)";
        }
        int cores = Runtime.getRuntime().availableProcessors();
        double perCore = (double) total / cores;
        StringBuilder line = new StringBuilder();
        long ours = 0;
        for (Map.Entry<String, Long> e : ticksByName.entrySet()) {
            Long before = start.ticksByName.get(e.getKey());
            if (before == null || !pids.get(e.getKey()).equals(start.pids.get(e.getKey()))) {
                continue; // restarted meanwhile: not comparable
            }
            long used = e.getValue() - before;
            ours += used;
            line.append(String.format("%s %.0f%%, ", e.getKey(), 100.0 * used / perCore));
        }
        long busy = machine.busy() - start.machine.busy();
        line.append(String.format("other processes %.0f%% (of one core each); machine %s", 100.0 * Math.max(0, busy - ours)
                / perCore, machine.busySince(start.machine)));
        return line.toString();
    }
}
