package kz.civicrelay.forumctl.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsumerLagTest {

    @Test
    void aGroupThatReadEverythingBeforeTheLastCommitMarkerIsCaughtUp() {
        // record at 0, its transaction's marker at 1: the group committed 1, the end is 2
        assertThat(ConsumerLag.behind(2, 1L)).isZero();
    }

    @Test
    void aTransactionNotYetReadCountsItsRecordAndItsMarker() {
        // records at 0 and 2, markers at 1 and 3: the group read only the first
        assertThat(ConsumerLag.behind(4, 1L)).isEqualTo(2);
    }

    @Test
    void aGroupWithoutACommittedOffsetHasTheWholePartitionAhead() {
        assertThat(ConsumerLag.behind(6, null)).isEqualTo(6);
        assertThat(ConsumerLag.behind(0, null)).isZero();
    }
}
