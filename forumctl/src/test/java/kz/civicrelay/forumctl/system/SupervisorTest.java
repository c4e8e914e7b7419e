package kz.civicrelay.forumctl.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SupervisorTest {

    @Test
    void restartsAtOnceTheFirstTimeThenWaitsLongerWhileAServiceKeepsFailing() {
        assertThat(Supervisor.pauseAfter(0)).isEqualTo(Duration.ZERO);
        assertThat(Supervisor.pauseAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Supervisor.pauseAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Supervisor.pauseAfter(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Supervisor.pauseAfter(5)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void neverWaitsMoreThanHalfAMinute() {
        assertThat(Supervisor.pauseAfter(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Supervisor.pauseAfter(1000)).isEqualTo(Duration.ofSeconds(30));
    }
}
