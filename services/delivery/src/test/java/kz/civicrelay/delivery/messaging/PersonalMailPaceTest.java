package kz.civicrelay.delivery.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Mails to people leave at most at their pace: a second's worth at once, then as the time passes. */
class PersonalMailPaceTest {

    private static final Instant T0 = Instant.parse("2027-03-10T09:00:00Z");

    @Test
    void shouldLetASecondsWorthGoAtOnceThenAsTimePasses() {
        PersonalMailPace pace = new PersonalMailPace(50, T0);

        assertThat(IntStream.range(0, 60).filter(i -> pace.mayGo(T0)).count()).isEqualTo(50);
        assertThat(pace.mayGo(T0.plusMillis(10))).as("half a mail's time").isFalse();
        assertThat(pace.mayGo(T0.plusMillis(20))).as("one mail's time").isTrue();
        assertThat(pace.mayGo(T0.plusMillis(20))).isFalse();
        assertThat(IntStream.range(0, 100).filter(i -> pace.mayGo(T0.plusSeconds(60))).count())
                .as("an idle minute saves no more than a second's worth").isEqualTo(50);
    }

    @Test
    void shouldNotPaceAtZeroNorAcceptLessThanZero() {
        PersonalMailPace unpaced = new PersonalMailPace(0, T0);

        assertThat(IntStream.range(0, 10_000).allMatch(i -> unpaced.mayGo(T0))).isTrue();
        assertThatThrownBy(() -> new PersonalMailPace(-1, T0)).hasMessageContaining("person-mails-per-second");
    }
}
