package kz.civicrelay.platform.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TopicLog;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * A reaction is written in its listener's consume-process-produce transaction, not in one of its own:
 * what the listener publishes commits together with the consumed offset, or not at all. Tried: a
 * listener that publishes its reaction and then fails on every attempt (the reaction must never be
 * committed, however often it is retried, and the input ends on the dead-letter topic), and one that
 * publishes and succeeds (the reaction is committed once, and folded into the state once, after the
 * commit).
 */
@ExtendWith(SharedKafkaBroker.class)
@SpringBootTest(classes = ReactionTransactionIT.ProbeApplication.class, properties = {
        "spring.config.import=classpath:relay-platform.yml",
        "spring.application.name=reaction-probe",
        "spring.kafka.producer.transaction-id-prefix=reaction-probe-tx-",
        "relay.dead-letter.interval=50ms"})
class ReactionTransactionIT {

    private static final String SERIES = "series-reaction-tx";
    private static final int FAILS_AFTER_PUBLISHING = 13;
    private static final int SUCCEEDS = 7;

    @Autowired
    Probe probe;

    private final EnvelopeFactory envelopes = new EnvelopeFactory("scheduling", Clock.systemUTC());

    @Test
    void shouldCommitAReactionWithTheConsumedOffsetOrNotAtAll() throws Exception {
        TopicLog.send(RelayTopic.RESOLUTION.topicName(), "forum-13", convened(FAILS_AFTER_PUBLISHING));
        TopicLog.send(RelayTopic.RESOLUTION.topicName(), "forum-13", convened(SUCCEEDS));

        await().atMost(Duration.ofSeconds(60)).until(() -> probe.folded.size() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> TopicLog.readAll(RelayTopic.RESOLUTION.topicName() + ".DLT",
                new org.apache.kafka.common.serialization.ByteArrayDeserializer()).size() == 1);
        TopicLog.awaitCaughtUp("reaction-probe", RelayTopic.RESOLUTION.topicName());

        List<Integer> reactions = TopicLog.events(RelayTopic.HANDOFF.topicName()).stream()
                .filter(e -> e instanceof ForumConvened c && SERIES.equals(c.getEnvelope().getSeriesId()))
                .map(e -> ((ForumConvened) e).getPosition()).toList();
        assertThat(probe.attemptsThatFailed.get()).as("the failing reaction was tried 3 times").isEqualTo(3);
        assertThat(reactions).as("only the reaction whose transaction committed is in the log, once")
                .containsExactly(SUCCEEDS);
        assertThat(probe.folded).as("folded once, after the commit").containsExactly(SUCCEEDS);
    }

    private ForumConvened convened(int position) {
        return ForumConvened.newBuilder()
                .setEnvelope(envelopes.forCommand(SERIES, "forum-13",
                        new Actor(ActorKind.OPERATOR, "operator-aigerim", "Әйгерім", null)))
                .setPosition(position).setRegionCode("KZ-33").build();
    }

    @SpringBootApplication
    static class ProbeApplication {
        @Bean
        Probe probe(RelayPublisher publisher, EnvelopeFactory envelopes) {
            return new Probe(publisher, envelopes);
        }
    }

    static class Probe {
        final List<Integer> folded = new CopyOnWriteArrayList<>();
        final AtomicInteger attemptsThatFailed = new AtomicInteger();
        private final RelayPublisher publisher;
        private final EnvelopeFactory envelopes;

        Probe(RelayPublisher publisher, EnvelopeFactory envelopes) {
            this.publisher = publisher;
            this.envelopes = envelopes;
        }

        @KafkaListener(topics = "relay.resolution", groupId = "reaction-probe")
        void on(SpecificRecord event) {
            if (!(event instanceof ForumConvened convened)) {
                return;
            }
            Envelope envelope = envelopes.causedBy(convened.getEnvelope(), convened.getEnvelope().getForumId());
            ForumConvened reaction = ForumConvened.newBuilder(convened).setEnvelope(envelope).build();
            publisher.publish(List.of(OutgoingEvent.to(RelayTopic.HANDOFF, reaction)),
                    () -> folded.add(convened.getPosition()));
            if (convened.getPosition() == FAILS_AFTER_PUBLISHING) {
                attemptsThatFailed.incrementAndGet();
                throw new IllegalStateException("The probe fails after publishing its reaction");
            }
        }
    }
}
