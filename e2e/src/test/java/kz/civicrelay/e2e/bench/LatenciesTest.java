package kz.civicrelay.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void nearestRankOnOneToHundred() {
        var latencies = Latencies.of(LongStream.iterate(100, i -> i >= 1, i -> i - 1).boxed().toList()); // unsorted on purpose
        assertThat(latencies.p50()).isEqualTo(50);
        assertThat(latencies.p90()).isEqualTo(90);
        assertThat(latencies.p99()).isEqualTo(99);
        assertThat(latencies.max()).isEqualTo(100);
        assertThat(latencies.count()).isEqualTo(100);
    }

    @Test
    void with95SamplesP99IsTheSlowest() {
        var latencies = Latencies.of(LongStream.rangeClosed(1, 95).boxed().toList());
        assertThat(latencies.p99()).isEqualTo(95);
        assertThat(latencies.p90()).isEqualTo(86); // ceil(85.5) = the 86th
        assertThat(latencies.p50()).isEqualTo(48); // ceil(47.5) = the 48th
    }

    @Test
    void oneSampleIsEveryPercentile() {
        var latencies = Latencies.of(List.of(7L));
        assertThat(latencies.p50()).isEqualTo(7);
        assertThat(latencies.p99()).isEqualTo(7);
    }

    @Test
    void noSamplesNoPercentiles() {
        assertThatThrownBy(() -> Latencies.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latencies.percentile(List.of(1L), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
