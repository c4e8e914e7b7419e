package kz.civicrelay.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupLagTest {

    @Test
    void aGroupThatReadEverythingBeforeTheLastCommitMarkerIsCaughtUp() {
        // record at 0, its transaction's marker at 1: the group committed 1, the end is 2
        assertThat(GroupLag.behind(2, 1L)).isZero();
    }

    @Test
    void aTransactionNotYetReadCountsItsRecordAndItsMarker() {
        // records at 0 and 2, markers at 1 and 3: the group read only the first
        assertThat(GroupLag.behind(4, 1L)).isEqualTo(2);
    }

    @Test
    void aGroupWithoutACommittedOffsetHasTheWholePartitionAhead() {
        assertThat(GroupLag.behind(6, null)).isEqualTo(6);
        assertThat(GroupLag.behind(0, null)).isZero();
    }
}
