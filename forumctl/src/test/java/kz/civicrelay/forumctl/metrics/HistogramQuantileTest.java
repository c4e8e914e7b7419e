package kz.civicrelay.forumctl.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import kz.civicrelay.forumctl.metrics.HistogramQuantile.Bucket;

/** Quantiles from cumulative buckets, as Prometheus' histogram_quantile gives them for the same buckets. */
class HistogramQuantileTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    /** 10 observations up to 0.1 s, 20 more up to 0.2 s, 60 more up to 0.5 s, 10 more up to 1 s. */
    private static final List<Bucket> KNOWN = List.of(new Bucket(0.1, 10), new Bucket(0.2, 30), new Bucket(0.5, 90),
            new Bucket(1, 100), new Bucket(INF, 100));

    @Test
    void theQuantileIsInterpolatedLinearlyWithinTheBucketItsRankFallsIn() {
        // p50: rank 50 falls in (0.2, 0.5], 20 of its 60 → 0.2 + 0.3 × 20/60
        assertThat(HistogramQuantile.of(0.5, KNOWN)).isCloseTo(0.3, within(1e-12));
        // p95: rank 95 falls in (0.5, 1], 5 of its 10 → 0.5 + 0.5 × 5/10
        assertThat(HistogramQuantile.of(0.95, KNOWN)).isCloseTo(0.75, within(1e-12));
        // the lowest bucket starts at 0: rank 5 of its 10 → 0.05
        assertThat(HistogramQuantile.of(0.05, KNOWN)).isCloseTo(0.05, within(1e-12));
        assertThat(HistogramQuantile.of(1, KNOWN)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aRankInTheInfiniteBucketGivesTheHighestFiniteBound() {
        List<Bucket> buckets = List.of(new Bucket(0.5, 50), new Bucket(1, 90), new Bucket(INF, 100));

        assertThat(HistogramQuantile.of(0.95, buckets)).isEqualTo(1.0);
    }

    @Test
    void bucketsAreReadInTheOrderOfTheirBoundsOneBoundSummedAndCountsMadeMonotonic() {
        List<Bucket> shuffled = List.of(new Bucket(INF, 100), new Bucket(0.5, 90), new Bucket(0.1, 10),
                new Bucket(1, 60), new Bucket(1, 40), new Bucket(0.2, 30));
        List<Bucket> dipping = List.of(new Bucket(0.1, 10), new Bucket(0.2, 30), new Bucket(0.5, 90), new Bucket(1, 89),
                new Bucket(INF, 100));

        assertThat(HistogramQuantile.of(0.5, shuffled)).isCloseTo(0.3, within(1e-12));
        // 89 read as 90: rank 95 in (1, +Inf] → 1
        assertThat(HistogramQuantile.of(0.95, dipping)).isEqualTo(1.0);
    }

    @Test
    void withoutObservationsAnInfiniteBucketOrTwoBucketsThereIsNoQuantile() {
        assertThat(HistogramQuantile.of(0.5, List.of(new Bucket(0.1, 0), new Bucket(INF, 0)))).isNaN();
        assertThat(HistogramQuantile.of(0.5, List.of(new Bucket(0.1, 5), new Bucket(1, 10)))).isNaN();
        assertThat(HistogramQuantile.of(0.5, List.of(new Bucket(INF, 10)))).isNaN();
        assertThat(HistogramQuantile.of(0.5, List.of())).isNaN();
    }

    @Test
    void aQuantileOutsideZeroToOneIsInfiniteAsInPrometheus() {
        assertThat(HistogramQuantile.of(-0.1, KNOWN)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(HistogramQuantile.of(1.1, KNOWN)).isEqualTo(INF);
        assertThat(HistogramQuantile.of(Double.NaN, KNOWN)).isNaN();
    }
}
