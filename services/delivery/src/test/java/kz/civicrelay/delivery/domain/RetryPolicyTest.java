package kz.civicrelay.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static RetryPolicy withRandom(double random) {
        return new RetryPolicy(Duration.ofSeconds(10), Duration.ofSeconds(80), Duration.ofHours(1),
                Duration.ofSeconds(5), () -> random);
    }

    @Test
    void shouldDoubleTheDelayAfterEachFailedAttemptUpToTheMaximum() {
        RetryPolicy policy = withRandom(0);
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(80));
        assertThat(policy.delayAfter(500)).as("no overflow after many attempts").isEqualTo(Duration.ofSeconds(80));
    }

    @Test
    void shouldCapADelayThatDoublesPastTheMaximum() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofSeconds(50), Duration.ofHours(1),
                Duration.ZERO, () -> 0);
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(50));
    }

    @Test
    void shouldJitterWithinTheLaterHalfOfTheDelay() {
        assertThat(withRandom(0).nextAttemptAt(1, NOW, NOW)).contains(NOW.plusSeconds(5));
        assertThat(withRandom(0.5).nextAttemptAt(1, NOW, NOW)).contains(NOW.plusMillis(7500));
        assertThat(withRandom(0.999999).nextAttemptAt(2, NOW, NOW)).contains(NOW.plusMillis(19999));
    }

    @Test
    void shouldGiveUpWhenTheNextAttemptWouldFallPastTheHorizonAfterTheFirst() {
        RetryPolicy policy = withRandom(0);
        Instant first = NOW.minus(Duration.ofHours(1)).plusSeconds(40);
        assertThat(policy.nextAttemptAt(4, first, NOW)).as("40 s later is exactly the horizon")
                .contains(NOW.plusSeconds(40));
        assertThat(policy.nextAttemptAt(4, first.minusMillis(1), NOW)).as("a millisecond past it").isEmpty();
    }

    @Test
    void shouldRefuseDelaysThatMakeNoSense() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1), Duration.ofHours(1),
                Duration.ZERO, () -> 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(-1), Duration.ofSeconds(1), Duration.ofHours(1),
                Duration.ZERO, () -> 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofHours(1),
                Duration.ZERO, () -> 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO,
                Duration.ZERO, () -> 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofHours(-1),
                Duration.ZERO, () -> 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofHours(1),
                Duration.ofSeconds(-1), () -> 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofHours(1), Duration.ZERO,
                () -> 0).maxDelay()).as("equal initial and maximum delays are fine").isEqualTo(Duration.ofSeconds(1));
    }
}
