package kz.civicrelay.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import kz.civicrelay.reference.Trilingual;

/** How a reminder says how long is left, and an escalation how long the team had: in the largest whole unit. */
class HandoffTextsTest {

    @Test
    void shouldRoundTimeLeftDownToWholeHoursMinutesOrSeconds() {
        assertThat(HandoffTexts.roundedDown(Duration.ofMinutes(150))).isEqualTo(Duration.ofHours(2));
        assertThat(HandoffTexts.roundedDown(Duration.ofHours(1))).isEqualTo(Duration.ofHours(1));
        assertThat(HandoffTexts.roundedDown(Duration.ofMinutes(59).plusSeconds(59))).isEqualTo(Duration.ofMinutes(59));
        assertThat(HandoffTexts.roundedDown(Duration.ofMinutes(1))).isEqualTo(Duration.ofMinutes(1));
        assertThat(HandoffTexts.roundedDown(Duration.ofSeconds(59))).isEqualTo(Duration.ofSeconds(59));
        assertThat(HandoffTexts.roundedDown(Duration.ofMillis(300))).as("at least a second").isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void shouldNameASpanInItsLargestWholeUnitInThreeLanguages() {
        assertThat(HandoffTexts.span(Duration.ofHours(48))).isEqualTo(Trilingual.of("48 сағат", "48 ч", "48 hours"));
        assertThat(HandoffTexts.span(Duration.ofHours(1))).isEqualTo(Trilingual.of("1 сағат", "1 ч", "1 hour"));
        assertThat(HandoffTexts.span(Duration.ofMinutes(90))).isEqualTo(Trilingual.of("90 минут", "90 мин", "90 minutes"));
        assertThat(HandoffTexts.span(Duration.ofMinutes(1))).isEqualTo(Trilingual.of("1 минут", "1 мин", "1 minute"));
        assertThat(HandoffTexts.span(Duration.ofSeconds(61))).isEqualTo(Trilingual.of("61 секунд", "61 с", "61 seconds"));
        assertThat(HandoffTexts.span(Duration.ofSeconds(1))).isEqualTo(Trilingual.of("1 секунд", "1 с", "1 second"));
        assertThat(HandoffTexts.span(Duration.ofMillis(10))).isEqualTo(Trilingual.of("1 секунд", "1 с", "1 second"));
        assertThat(HandoffTexts.span(Duration.ZERO)).as("at least a second").isEqualTo(Trilingual.of("1 секунд", "1 с", "1 second"));
    }
}
