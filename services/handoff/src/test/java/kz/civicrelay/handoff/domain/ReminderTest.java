package kz.civicrelay.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.civicrelay.handoff.domain.HandoffEvent.AcknowledgementSlaSet;
import kz.civicrelay.handoff.domain.HandoffEvent.HandoffEscalated;
import kz.civicrelay.handoff.domain.HandoffEvent.NotificationIssued;

/**
 * A receiving team that has not acknowledged the baton is reminded at 50% and 75% of its series' SLA and the
 * baton escalated at 100%, each once and never after an acknowledgement; the times follow from when the baton
 * notification was issued, so a check at any instant (after a restart, too) decides the same.
 */
class ReminderTest {

    private static final String RECEIVED = "s-02-kz-75-kz-75";
    private static final Instant ISSUED = Instant.parse("2026-03-11T12:00:00Z");
    private static final Duration SLA = Duration.ofHours(48);

    private final Relay relay = new Relay(SLA);

    @BeforeEach
    void givenTheBatonPassedFromJetisuToAlmaty() {
        relay.learn(new SchedulingFact.SeriesPlanned("s", List.of("KZ-33", "KZ-75"),
                List.of("s-01-kz-33", "s-02-kz-75")));
        relay.learn(new SchedulingFact.PreparationOpened("s", "s-01-kz-33", "KZ-33", 1));
        relay.forumCompleted("s", "s-01-kz-33").forEach(e -> relay.apply(e, ISSUED));
    }

    @Test
    void shouldRemindNobodyBeforeHalfTheSla() {
        assertThat(relay.remindersAndEscalationsDue(ISSUED.plus(Duration.ofHours(24)).minusMillis(1))).isEmpty();
    }

    @Test
    void shouldRemindTheReceivingTeamAtHalfTheSlaSayingHowLongIsLeft() {
        List<HandoffEvent> due = relay.remindersAndEscalationsDue(ISSUED.plus(Duration.ofHours(24)));

        assertThat(due).hasSize(1);
        NotificationIssued reminder = (NotificationIssued) due.get(0);
        assertThat(reminder.notificationId()).isEqualTo(RECEIVED + "-reminder-1");
        assertThat(reminder.kind()).isEqualTo(NotificationKind.BATON_REMINDER);
        assertThat(reminder.recipientRegionCode()).isEqualTo("KZ-75");
        assertThat(reminder.forumId()).isEqualTo("s-02-kz-75");
        assertThat(reminder.acknowledgementRequired()).as("the baton notification is what is acknowledged").isFalse();
        assertThat(reminder.message().kk()).isEqualTo("Еске салу: Алматы қаласының командасы эстафетаны қабылдағанын "
                + "әлі растаған жоқ. Растауға 24 сағат қалды (мерзімі 2026-03-13 12:00 UTC).");
        assertThat(reminder.message().ru()).contains("«город Алматы»").contains("осталось 24 ч");
        assertThat(reminder.message().en()).contains("24 hours left").contains("due 2026-03-13 12:00 UTC");
    }

    @Test
    void shouldRemindAgainAtThreeQuartersThenEscalateAtTheWholeSlaEachOnce() {
        List<HandoffEvent> first = decideAt(Duration.ofHours(24));
        assertThat(decideAt(Duration.ofHours(30))).as("the first reminder only once").isEmpty();

        List<HandoffEvent> second = decideAt(Duration.ofHours(36));
        assertThat(decideAt(Duration.ofHours(47))).as("the second reminder only once").isEmpty();

        List<HandoffEvent> escalation = decideAt(SLA);
        assertThat(decideAt(SLA.plusHours(5))).as("escalated once").isEmpty();

        assertThat(first).extracting(e -> ((NotificationIssued) e).notificationId())
                .containsExactly(RECEIVED + "-reminder-1");
        assertThat(second).extracting(e -> ((NotificationIssued) e).notificationId())
                .containsExactly(RECEIVED + "-reminder-2");
        assertThat(((NotificationIssued) second.get(0)).message().en()).contains("12 hours left");
        assertThat(escalation).singleElement().isInstanceOf(HandoffEscalated.class);
        Notification baton = relay.notification(RECEIVED);
        assertThat(baton.dueBy()).isEqualTo(ISSUED.plus(SLA));
        assertThat(baton.remindersSent()).isEqualTo(2);
        assertThat(baton.escalated()).isTrue();
    }

    @Test
    void shouldRemindNobodyAfterTheAcknowledgement() {
        decideAt(Duration.ofHours(24));
        relay.acknowledge(RECEIVED, "KZ-75", null).forEach(e -> relay.apply(e, ISSUED.plus(Duration.ofHours(25))));

        assertThat(decideAt(Duration.ofHours(36))).isEmpty();
        assertThat(decideAt(SLA.plusHours(1))).isEmpty();
        assertThat(relay.notification(RECEIVED).remindersSent()).isEqualTo(1);
    }

    @Test
    void shouldSendOnlyTheLatestReminderDueWhenTheCheckComesLate() {
        assertThat(decideAt(Duration.ofHours(40))).extracting(e -> ((NotificationIssued) e).notificationId())
                .as("after a long stop, one reminder, not two at once").containsExactly(RECEIVED + "-reminder-2");
        assertThat(decideAt(Duration.ofHours(41))).isEmpty();
    }

    @Test
    void shouldEscalateWithoutRemindingWhenTheCheckComesAfterTheSla() {
        assertThat(relay.remindersAndEscalationsDue(ISSUED.plus(SLA).plusSeconds(1)))
                .singleElement().isInstanceOf(HandoffEscalated.class);
    }

    @Test
    void shouldFollowTheSlaAnOperatorSetForTheSeries() {
        List<HandoffEvent> set = relay.setAcknowledgementSla("s", Duration.ofHours(8));
        set.forEach(e -> relay.apply(e, ISSUED.plusSeconds(60)));

        assertThat(set).containsExactly(new AcknowledgementSlaSet("s", Duration.ofHours(8)));
        assertThat(relay.acknowledgementSla("s")).isEqualTo(Duration.ofHours(8));
        assertThat(relay.notification(RECEIVED).dueBy()).isEqualTo(ISSUED.plus(Duration.ofHours(8)));
        assertThat(decideAt(Duration.ofHours(4))).extracting(e -> ((NotificationIssued) e).notificationId())
                .containsExactly(RECEIVED + "-reminder-1");
        assertThat(decideAt(Duration.ofHours(6))).extracting(e -> ((NotificationIssued) e).notificationId())
                .containsExactly(RECEIVED + "-reminder-2");
        List<HandoffEvent> escalation = decideAt(Duration.ofHours(8));
        assertThat(escalation).singleElement().isInstanceOf(HandoffEscalated.class);
        assertThat(((HandoffEscalated) escalation.get(0)).reason().en()).contains("within 8 hours");
        assertThat(relay.acknowledgementSla("another")).as("other series keep the default").isEqualTo(SLA);
    }

    @Test
    void shouldRefuseAnSlaOfNothingOrOverThirtyDaysAndForAnUnknownSeries() {
        assertThatThrownBy(() -> relay.setAcknowledgementSla("s", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> relay.setAcknowledgementSla("s", Duration.ofDays(30).plusHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 720 hours");
        assertThatThrownBy(() -> relay.setAcknowledgementSla("nope", Duration.ofHours(8)))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(relay.setAcknowledgementSla("s", Duration.ofDays(30))).hasSize(1);
    }

    @Test
    void shouldShowNoDueTimeForNotificationsThatNeedNoAcknowledgement() {
        Notification update = relay.notification("s-02-kz-75-kz-10");

        assertThat(update.dueBy()).isNull();
        assertThat(update.remindersSent()).isZero();
    }

    /** Decides at {@code sinceIssued} after the baton notification and folds what was decided. */
    private List<HandoffEvent> decideAt(Duration sinceIssued) {
        Instant now = ISSUED.plus(sinceIssued);
        List<HandoffEvent> due = relay.remindersAndEscalationsDue(now);
        due.forEach(e -> relay.apply(e, now));
        return due;
    }
}
