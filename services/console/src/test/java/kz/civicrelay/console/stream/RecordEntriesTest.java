package kz.civicrelay.console.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordEntriesTest {

    @Test
    void readsTheTraceIdOfAW3cTraceContext() {
        assertThat(RecordEntries.traceId("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void hasNoTraceIdForNoneAMalformedOneOrTheInvalidAllZeroId() {
        assertThat(RecordEntries.traceId(null)).isNull();
        assertThat(RecordEntries.traceId("4bf92f3577b34da6a3ce929d0e0e4736")).isNull();
        assertThat(RecordEntries.traceId("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")).as("upper case")
                .isNull();
        assertThat(RecordEntries.traceId("00-4bf92f35-00f067aa0ba902b7-01")).isNull();
        assertThat(RecordEntries.traceId("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isNull();
    }
}
