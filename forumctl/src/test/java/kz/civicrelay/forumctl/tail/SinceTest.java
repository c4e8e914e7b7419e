package kz.civicrelay.forumctl.tail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class SinceTest {

    private static final Instant NOW = Instant.parse("2027-03-15T12:00:00Z");

    @Test
    void aSpanCountsBackFromNow() {
        assertThat(Since.parse("30m", NOW)).isEqualTo("2027-03-15T11:30:00Z");
        assertThat(Since.parse("2h", NOW)).isEqualTo("2027-03-15T10:00:00Z");
        assertThat(Since.parse("7d", NOW)).isEqualTo("2027-03-08T12:00:00Z");
        assertThat(Since.parse("1h30m", NOW)).isEqualTo("2027-03-15T10:30:00Z");
        assertThat(Since.parse("45s", NOW)).isEqualTo("2027-03-15T11:59:15Z");
    }

    @Test
    void aTimeIsAnInstantOrADateTimeWithItsOffset() {
        assertThat(Since.parse("2027-03-15T12:00+05:00", NOW)).isEqualTo("2027-03-15T07:00:00Z");
        assertThat(Since.parse("2027-03-15T07:00:00Z", NOW)).isEqualTo("2027-03-15T07:00:00Z");
        assertThat(Since.parse("2027-03-15T07:00Z", NOW)).isEqualTo("2027-03-15T07:00:00Z");
    }

    @Test
    void anythingElseIsRefusedWithTheFormsItTakes() {
        assertThatThrownBy(() -> Since.parse("yesterday", NOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--since yesterday").hasMessageContaining("2h");
        assertThatThrownBy(() -> Since.parse("2027-03-15T12:00", NOW)).as("no offset: which zone?")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
