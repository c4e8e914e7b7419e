package kz.civicrelay.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.civicrelay.handoff.domain.HandoffEvent.HandoffAcknowledged;
import kz.civicrelay.handoff.domain.HandoffEvent.HandoffEscalated;

/** The receiving team acknowledges the baton; left unacknowledged too long, it is escalated once. */
class AcknowledgementTest {

    private static final String RECEIVED = "s-02-kz-75-kz-75";
    private static final String UPDATE = "s-02-kz-75-kz-10";
    private static final Instant ISSUED = Instant.parse("2026-03-11T12:00:00Z");
    private static final Duration TIMEOUT = Duration.ofHours(48);

    private final Relay relay = new Relay();

    @BeforeEach
    void givenTheBatonPassedFromJetisuToAlmaty() {
        relay.learn(new SchedulingFact.SeriesPlanned("s", List.of("KZ-33", "KZ-75"),
                List.of("s-01-kz-33", "s-02-kz-75")));
        relay.learn(new SchedulingFact.PreparationOpened("s", "s-01-kz-33", "KZ-33", 1));
        relay.forumCompleted("s", "s-01-kz-33").forEach(e -> relay.apply(e, ISSUED));
    }

    @Test
    void shouldAcknowledgeTheBatonOnce() {
        List<HandoffEvent> events = relay.acknowledge(RECEIVED, "KZ-75", "  Қабылдадық, рахмет!  ");
        events.forEach(e -> relay.apply(e, ISSUED.plusSeconds(60)));

        assertThat(events).containsExactly(
                new HandoffAcknowledged("s", "s-02-kz-75", RECEIVED, "KZ-75", "Қабылдадық, рахмет!"));
        assertThat(relay.notification(RECEIVED).acknowledged()).isTrue();
        assertThatThrownBy(() -> relay.acknowledge(RECEIVED, "KZ-75", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already acknowledged");
    }

    @Test
    void shouldRefuseAnAcknowledgementFromAnotherRegion() {
        assertThatThrownBy(() -> relay.acknowledge(RECEIVED, "KZ-33", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("addressed to KZ-75");
    }

    @Test
    void shouldRefuseToAcknowledgeANotificationThatNeedsNoAcknowledgement() {
        assertThatThrownBy(() -> relay.acknowledge(UPDATE, "KZ-10", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("requires no acknowledgement");
    }

    @Test
    void shouldRefuseToAcknowledgeAnUnknownNotification() {
        assertThatThrownBy(() -> relay.acknowledge("nothing", "KZ-75", null))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void shouldNotEscalateBeforeTheTimeout() {
        assertThat(escalations(relay, ISSUED.plus(TIMEOUT).minusMillis(1))).isEmpty();
    }

    @Test
    void shouldEscalateAnUnacknowledgedBatonNotificationOnceAfterTheTimeout() {
        List<HandoffEvent> events = escalations(relay, ISSUED.plus(TIMEOUT));
        events.forEach(e -> relay.apply(e, ISSUED.plus(TIMEOUT)));

        assertThat(events).hasSize(1);
        HandoffEscalated escalated = (HandoffEscalated) events.get(0);
        assertThat(escalated.notificationId()).isEqualTo(RECEIVED);
        assertThat(escalated.regionCode()).isEqualTo("KZ-75");
        assertThat(escalated.reason().kk()).isEqualTo(
                "Алматы қаласының командасы эстафетаны қабылдағанын 48 сағат ішінде растамады.");
        assertThat(escalated.reason().en()).contains("within 48 hours");
        assertThat(relay.notification(RECEIVED).escalated()).isTrue();
        assertThat(escalations(relay, ISSUED.plus(TIMEOUT).plusSeconds(3600))).as("once").isEmpty();
    }

    @Test
    void shouldStillAcceptALateAcknowledgementAfterEscalation() {
        escalations(relay, ISSUED.plus(TIMEOUT)).forEach(e -> relay.apply(e, ISSUED.plus(TIMEOUT)));

        assertThat(relay.acknowledge(RECEIVED, "KZ-75", null)).hasSize(1);
    }

    @Test
    void shouldNotEscalateAnAcknowledgedNotification() {
        relay.acknowledge(RECEIVED, "KZ-75", null).forEach(e -> relay.apply(e, ISSUED.plusSeconds(1)));

        assertThat(escalations(relay, ISSUED.plus(TIMEOUT).plusSeconds(1))).isEmpty();
    }

    @Test
    void shouldKeepAnAcknowledgementThatAReplayBringsBeforeItsNotification() {
        Relay replayed = new Relay();
        replayed.apply(new HandoffAcknowledged("s", "s-02-kz-75", RECEIVED, "KZ-75", null), ISSUED);
        relay.notifications().stream().filter(n -> n.notificationId().equals(RECEIVED)).findFirst()
                .ifPresent(n -> replayed.apply(new HandoffEvent.NotificationIssued(n.seriesId(), n.forumId(),
                        n.notificationId(), n.recipientRegionCode(), n.kind(), n.fromRegionCode(), n.toRegionCode(),
                        n.message(), true), ISSUED));

        assertThat(replayed.notification(RECEIVED).acknowledged()).isTrue();
        assertThat(escalations(replayed, ISSUED.plus(TIMEOUT))).isEmpty();
    }

    @Test
    void shouldSayTheTimeoutInItsLargestWholeUnit() {
        assertThat(HandoffTexts.span(Duration.ofSeconds(1)).ru()).isEqualTo("1 с");
        assertThat(HandoffTexts.span(Duration.ofMinutes(90)).en()).isEqualTo("90 minutes");
        assertThat(HandoffTexts.span(Duration.ofHours(48)).kk()).isEqualTo("48 сағат");
    }

    /** The escalations due at {@code now} (reminders are {@code ReminderTest}'s). */
    private static List<HandoffEvent> escalations(Relay relay, Instant now) {
        return relay.remindersAndEscalationsDue(now).stream().filter(e -> e instanceof HandoffEscalated).toList();
    }
}
