package kz.civicrelay.forumctl.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A quantile estimated from a histogram's cumulative buckets the way Prometheus' {@code histogram_quantile} does
 * (promql/quantile.go): find the bucket the rank falls into and interpolate linearly within it, the lowest bucket
 * starting at 0; a rank in the {@code +Inf} bucket gives the highest finite bound. Read from a scrape's counts (since
 * the process started) rather than from a {@code rate()}, it is the quantile of everything this process measured.
 */
final class HistogramQuantile {

    /** A cumulative bucket: how many observations were at most {@code upperBound} (the {@code le} label). */
    record Bucket(double upperBound, double count) {
    }

    private HistogramQuantile() {
    }

    /**
     * The {@code q}-quantile (0 ≤ q ≤ 1) of the observations these buckets count; NaN where Prometheus gives NaN: no
     * {@code +Inf} bucket, fewer than two buckets, or no observation.
     */
    static double of(double q, List<Bucket> buckets) {
        if (Double.isNaN(q)) {
            return Double.NaN;
        }
        if (q < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (q > 1) {
            return Double.POSITIVE_INFINITY;
        }
        List<Bucket> sorted = coalesced(buckets);
        if (sorted.size() < 2 || sorted.get(sorted.size() - 1).upperBound() != Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        double observations = sorted.get(sorted.size() - 1).count();
        if (observations == 0) {
            return Double.NaN;
        }
        double rank = q * observations;
        int b = 0;
        while (b < sorted.size() - 1 && sorted.get(b).count() < rank) {
            b++;
        }
        if (b == sorted.size() - 1) {
            return sorted.get(b - 1).upperBound();
        }
        if (b == 0 && sorted.get(0).upperBound() <= 0) {
            return sorted.get(0).upperBound();
        }
        double start = 0;
        double end = sorted.get(b).upperBound();
        double count = sorted.get(b).count();
        if (b > 0) {
            start = sorted.get(b - 1).upperBound();
            count -= sorted.get(b - 1).count();
            rank -= sorted.get(b - 1).count();
        }
        return start + (end - start) * (rank / count);
    }

    /**
     * Sorted by bound, buckets of one bound summed into one, and counts made monotonic (each at least the one before),
     * as Prometheus does for counts scraped while they changed.
     */
    private static List<Bucket> coalesced(List<Bucket> buckets) {
        List<Bucket> sorted = new ArrayList<>(buckets);
        sorted.sort(Comparator.comparingDouble(Bucket::upperBound));
        List<Bucket> merged = new ArrayList<>();
        for (Bucket bucket : sorted) {
            Bucket last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.upperBound() == bucket.upperBound()) {
                merged.set(merged.size() - 1, new Bucket(last.upperBound(), last.count() + bucket.count()));
            } else {
                merged.add(bucket);
            }
        }
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < merged.size(); i++) {
            highest = Math.max(highest, merged.get(i).count());
            merged.set(i, new Bucket(merged.get(i).upperBound(), highest));
        }
        return merged;
    }
}
