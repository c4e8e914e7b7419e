package kz.civicrelay.e2e.bench;

import java.util.Collection;
import java.util.List;

/**
 * Latency samples in milliseconds, sorted, with nearest-rank percentiles: the p-th percentile is the
 * smallest sample that at least p% of the samples do not exceed (with 95 samples, p99 is the slowest).
 */
record Latencies(List<Long> sorted) {

    Latencies {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        sorted = sorted.stream().sorted().toList();
    }

    static Latencies of(Collection<Long> samples) {
        return new Latencies(List.copyOf(samples));
    }

    int count() {
        return sorted.size();
    }

    long percentile(int percentile) {
        return percentile(sorted, percentile);
    }

    long p50() {
        return percentile(50);
    }

    long p90() {
        return percentile(90);
    }

    long p99() {
        return percentile(99);
    }

    long max() {
        return sorted.get(sorted.size() - 1);
    }

    /** Nearest rank on an ascending list. */
    static long percentile(List<Long> sorted, int percentile) {
        if (percentile < 1 || percentile > 100) {
            throw new IllegalArgumentException("percentile between 1 and 100, not " + percentile);
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
