package kz.civicrelay.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.HandoffEscalated;
import kz.civicrelay.events.HandoffNotificationIssued;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.NotificationKind;
import kz.civicrelay.events.SeriesPlanned;
import kz.civicrelay.handoff.application.Handoff;
import kz.civicrelay.handoff.domain.Notification;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;
import kz.civicrelay.platform.testing.TopicLog;

/**
 * A pending reminder fires after a restart (the tests use a controllable clock): the receiving team is reminded at
 * 50% of the 48 h SLA; the service stops, the clock passes 75% while it is down, and the restarted service,
 * knowing only the log, sends the second reminder once, never the first again; after the acknowledgement nothing
 * is sent, not even at 100%. Handoff runs here as a service of its own name (its own lease, consumer groups and
 * transactional ids), with a {@link Clock} bean the test moves.
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class })
class HandoffReminderIT {

    private static final String SERIES = "reminder-it";
    private static final String FIRST = "reminder-it-01-kz-33";
    private static final String SECOND = "reminder-it-02-kz-75";
    private static final String RECEIVED = SECOND + "-kz-75";
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private final MovableClock clock = new MovableClock(T0);
    private final EnvelopeFactory scheduling = new EnvelopeFactory("scheduling", Clock.systemUTC());

    @Test
    void aPendingReminderFiresAfterARestartOnceAndNothingAfterTheAcknowledgement() throws Exception {
        try (ConfigurableApplicationContext first = start("handoff-reminders-a")) {
            Handoff handoff = first.getBean(Handoff.class);
            givenTheBatonPassedToAlmaty();
            await().atMost(Duration.ofSeconds(30)).until(() -> handoff.read(r -> r.notifications().stream()
                    .anyMatch(n -> n.notificationId().equals(RECEIVED))));
            Instant dueBy = handoff.read(r -> r.notification(RECEIVED).dueBy());
            assertThat(dueBy).isEqualTo(T0.plus(Duration.ofHours(48)));

            clock.set(T0.plus(Duration.ofHours(25)));
            await().atMost(Duration.ofSeconds(30)).until(() -> reminders().size() == 1);
            assertThat(reminders().get(0).getNotificationId()).isEqualTo(RECEIVED + "-reminder-1");
            assertThat(reminders().get(0).getMessage().getKk()).contains("Растауға 23 сағат қалды");
        }

        clock.set(T0.plus(Duration.ofHours(37)));
        try (ConfigurableApplicationContext restarted = start("handoff-reminders-b")) {
            Handoff handoff = restarted.getBean(Handoff.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> reminders().size() == 2);
            // A few more checks (every 200 ms) still find nothing more to send.
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> reminders().size() == 2);

            assertThat(reminders()).extracting(HandoffNotificationIssued::getNotificationId)
                    .as("the pending reminder fired after the restart; the first was not sent again")
                    .containsExactly(RECEIVED + "-reminder-1", RECEIVED + "-reminder-2");
            assertThat(reminders().get(1).getMessage().getEn()).contains("11 hours left");
            assertThat(reminders()).extracting(HandoffNotificationIssued::getAcknowledgementRequired).containsOnly(false);
            await().atMost(Duration.ofSeconds(10)).until(() -> handoff.read(r -> r.notification(RECEIVED))
                    .remindersSent() == 2);

            await().atMost(Duration.ofSeconds(30)).until(handoff::isActive);
            handoff.acknowledge(RECEIVED, "KZ-75", "Қабылдадық", Origin.service());
            clock.set(T0.plus(Duration.ofHours(49)));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> escalations().isEmpty());
            Notification baton = handoff.read(r -> r.notification(RECEIVED));
            assertThat(baton.acknowledged()).isTrue();
            assertThat(baton.escalated()).as("acknowledged before the SLA ran out").isFalse();
            assertThat(reminders()).as("nothing after the acknowledgement").hasSize(2);
        }
    }

    /** Handoff under a name of its own, on the test broker, deciding by the test's clock. */
    private ConfigurableApplicationContext start(String instanceId) {
        return new SpringApplicationBuilder(HandoffApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run("--server.port=0", "--spring.kafka.bootstrap-servers=" + SharedKafkaBroker.bootstrapServers(),
                        "--relay.instance.id=" + instanceId, "--spring.application.name=handoff-reminders",
                        "--spring.kafka.producer.transaction-id-prefix=handoff-reminders-tx-",
                        "--relay.handoff.acknowledgement-timeout=48h", "--relay.handoff.escalation-check=200ms");
    }

    private static List<HandoffNotificationIssued> reminders() {
        return TopicLog.readAll("relay.notifications").stream().map(r -> (HandoffNotificationIssued) r.value())
                .filter(n -> n.getKind() == NotificationKind.BATON_REMINDER
                        && n.getEnvelope().getSeriesId().equals(SERIES)).toList();
    }

    private static List<SpecificRecord> escalations() {
        return TopicLog.readAll("relay.handoff").stream().map(r -> r.value())
                .filter(e -> e instanceof HandoffEscalated h && h.getNotificationId().equals(RECEIVED)).toList();
    }

    private void givenTheBatonPassedToAlmaty() throws Exception {
        var text = new LocalizedText("Форум", "Форум", "Forum");
        send(SERIES, SeriesPlanned.newBuilder().setEnvelope(envelope(null)).setTitle(text)
                .setHostOrder(List.of("KZ-33", "KZ-75")).setForumIds(List.of(FIRST, SECOND)).build());
        int position = 0;
        for (String forumId : List.of(FIRST, SECOND)) {
            position++;
            send(forumId, ForumScheduled.newBuilder().setEnvelope(envelope(forumId)).setPosition(position)
                    .setRegionCode(position == 1 ? "KZ-33" : "KZ-75").setLocalTitle(text).setTheme(text)
                    .setCity(text).setVenue(text).setStartDate(LocalDate.of(2026, 4, position))
                    .setEndDate(LocalDate.of(2026, 4, position)).setCapacity(100).build());
        }
        send(FIRST, ForumPreparationOpened.newBuilder().setEnvelope(envelope(FIRST)).setPosition(1)
                .setRegionCode("KZ-33").build());
        send(FIRST, ForumCompleted.newBuilder().setEnvelope(envelope(FIRST)).setPosition(1).setRegionCode("KZ-33")
                .setResolutionId("res-" + FIRST).build());
    }

    private Envelope envelope(String forumId) {
        return scheduling.forCommand(SERIES, forumId, new Actor(ActorKind.OPERATOR, "operator-it", null, null));
    }

    private static void send(String key, SpecificRecord event) throws Exception {
        TopicLog.send("relay.scheduling", key, event);
    }

    /** A clock the test sets; every instance of the service under test reads it. */
    static final class MovableClock extends Clock {

        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
